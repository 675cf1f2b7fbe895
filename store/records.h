// The values of the `docs` and `prov` families (docs/storage.md): a stored document with
// its number and ruleset hash, and one evidence record of a triple. Pure functions on
// bytes; decoders return false (or kCorruption) on damaged input. Thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "core/triple.h"
#include "store/coding.h"

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
// The same, appended to `out`.
void encode_prov(const Provenance& provenance, const std::string& doc_id, std::string& out);
bool decode_prov(std::string_view key, std::string_view value, Provenance* provenance);

// events value: the who-met projection of one event as one document reported it, with the
// nodes' ids and labels written out so that who-met needs no dictionary lookup:
//   lp(event id) lp(event label) lp(held_on label) lp(published date)
//   varint(#sentences) lp(sentence)...
//   varint(#people) then per person: lp(node id) lp(label) kind(1: 'a' attended, 'c'
//   chaired) varint(sentence index)
struct EventCard {
  struct Member {
    std::string id, label;
    char kind = 'a';
    uint32_t sentence = 0;  // index into sentences
  };
  std::string event_id, event_label;
  std::string held_on;
  std::string published;
  std::vector<std::string> sentences;
  std::vector<Member> members;
};
std::string encode_event_card(const EventCard& card);
bool decode_event_card(std::string_view value, EventCard* card);

// doc_triples value: varint(#prov keys), the prov keys (kProvKeySize each), then the keys
// of the document's event cards (16 bytes each: event id, doc number).
std::string encode_doc_records(const std::string& prov_keys, const std::string& card_keys);
bool decode_doc_records(std::string_view value, std::string_view* prov_keys, std::string_view* card_keys);
inline constexpr size_t kCardKeySize = 2 * kIdSize;

}  // namespace guanxi::store
