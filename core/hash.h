// Content hashes: the identity of documents and rulesets.
#pragma once

#include <string>
#include <string_view>

namespace guanxi {

// 128-bit XXH3 of `data` as 32 lower-case hex digits. Stable across runs and machines.
std::string content_hash(std::string_view data);

}  // namespace guanxi
