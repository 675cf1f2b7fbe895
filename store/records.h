// The values of the `docs`, `prov` and `doc_triples` families (docs/storage.md): a stored
// document with its number and ruleset hash, one evidence record of a triple, and the
// evidence tables its document's records share. Pure functions on
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
#include "store/store.h"

namespace guanxi::store {

// docs value: fixed64 number, lp(ruleset hash), lp(source), lp(date), lp(title), lp(url),
// lp(origin), lp(text), lp(record).
std::string encode_doc(uint64_t number, const std::string& ruleset, const Document& document);
// The number and ruleset hash only (what the write path needs).
bool decode_doc_head(std::string_view value, uint64_t* number, std::string* ruleset);
Result<Document> decode_doc(std::string_view id, std::string_view value);

// A document's evidence tables (doc_triples key `doc:u64 'e'`, schema 2): what the
// evidence records of one document share, written once per document instead of once per
// record; a prov value names its entries by index.
//   varint(#contexts) then per context: lp(doc id) lp(article) lp(date) lp(record)
//   varint(#sentences) then per sentence: varint(end) lp(sentence)
//   varint(#rules) then lp(rule) each
struct EvidenceTables {
  struct Context {
    std::string_view doc, article, date, record;
  };
  struct Sentence {
    uint64_t end = 0;
    std::string_view text;
  };
  std::vector<Context> contexts;
  std::vector<Sentence> sentences;
  std::vector<std::string_view> rules;
};
// Views into `value`, which must outlive `tables`.
bool decode_evidence_tables(std::string_view value, EvidenceTables* tables);

// Builds one document's tables while its triples are staged. Holds pointers to the
// provenance strings it was given: they must outlive encode(). Not thread-safe.
class EvidenceTablesBuilder {
 public:
  void clear();
  // The indexes of `p`'s context, sentence and rule (added when new). An empty p.doc
  // stands for `doc_id`.
  void add(const Provenance& p, const std::string& doc_id, uint32_t refs[3]);
  void encode(std::string& out) const;

 private:
  struct Context {
    const std::string *doc, *article, *date, *record;
  };
  struct Sentence {
    uint64_t begin, end;
    const std::string* text;
  };
  std::vector<Context> contexts_;
  std::vector<Sentence> sentences_;
  std::vector<const std::string*> rules_;
  uint32_t last_[3] = {0, 0, 0};
};

// prov value (schema 2): varint(context) varint(sentence) varint(rule), indexes into the
// evidence tables of the document whose number is in the key. `begin` lives in the key
// (coding.h prov_key).
void encode_prov(const uint32_t refs[3], std::string& out);
bool decode_prov(std::string_view key, std::string_view value, const EvidenceTables& tables,
                 Provenance* provenance);
// The document number of a prov key (kProvKeySize bytes).
inline uint64_t prov_doc_number(std::string_view key) { return get_fixed64(key.data() + kTripleKeySize); }
// The doc_triples key of a document's evidence tables: doc:u64 'e'.
std::string evidence_key(uint64_t doc_number);

// events value: the who-met projection of one event as one document reported it, with the
// nodes' ids and labels written out so that who-met needs no dictionary lookup:
//   lp(event id) lp(event label) lp(held_on label) lp(published date)
//   varint(#sentences) lp(sentence)...
//   varint(#people) then per person: lp(node id) lp(label) kind(1: 'a' attended, 'c'
//   chaired) varint(sentence index)
// Both ways as an EventPresence (store.h): written from views of the staged document's
// triples (they outlive the staging), read as views of `value` (the caller keeps `value`
// alive while it uses `card`).
void encode_event_card(const EventPresence& card, std::string& out);  // appends
bool decode_event_card(std::string_view value, EventPresence* card);

// doc_triples value: varint(#prov keys), the prov keys (kProvKeySize each), then the keys
// of the document's event cards (16 bytes each: event id, doc number).
std::string encode_doc_records(const std::string& prov_keys, const std::string& card_keys);
bool decode_doc_records(std::string_view value, std::string_view* prov_keys, std::string_view* card_keys);
inline constexpr size_t kCardKeySize = 2 * kIdSize;

}  // namespace guanxi::store
