// The values of the `docs` and `prov` families (docs/storage.md): a stored document with
// its number and ruleset hash, and one evidence record of a triple. Pure functions on
// bytes; decoders return false (or kCorruption) on damaged input. Thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/document.h"
#include "core/status.h"
#include "core/triple.h"

namespace guanxi::store {

// docs value: fixed64 number, lp(ruleset hash), lp(source), lp(date), lp(title), lp(url),
// lp(origin), lp(text).
std::string encode_doc(uint64_t number, const std::string& ruleset, const Document& document);
// The number and ruleset hash only (what the write path needs).
bool decode_doc_head(std::string_view value, uint64_t* number, std::string* ruleset);
Result<Document> decode_doc(std::string_view id, std::string_view value);

// prov value: lp(doc id), article, lp(sentence), lp(rule), varint(end), lp(date). The
// article is stored as its suffix when it starts with the doc id ("<doc>#0" -> "#0").
// `begin` lives in the key (coding.h prov_key).
std::string encode_prov(const Provenance& provenance, const std::string& doc_id);
bool decode_prov(std::string_view key, std::string_view value, Provenance* provenance);

}  // namespace guanxi::store
