#include "core/hash.h"

#include <cstdint>

#include <xxhash.h>

namespace guanxi {

std::string content_hash(std::string_view data) {
  const XXH128_hash_t h = XXH3_128bits(data.data(), data.size());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(32);
  for (uint64_t half : {h.high64, h.low64}) {
    for (int shift = 60; shift >= 0; shift -= 4) out.push_back(kHex[(half >> shift) & 0xf]);
  }
  return out;
}

}  // namespace guanxi
