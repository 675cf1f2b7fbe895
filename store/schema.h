// The store's on-disk schema: column family names, the schema version and the meta keys.
// docs/storage.md describes every key and value; change both together, and bump
// kSchemaVersion whenever a change makes older builds misread the store.
#pragma once

#include <array>
#include <string_view>

namespace guanxi::store {

// Version 3: the layout of docs/storage.md (evidence records refer to their document's
// evidence tables, which and the docs record hold the corpus's record id). Versions 1 (each
// record carried its sentence, ids, rule and date) and 2 (no record id) are refused: they
// would be misread.
inline constexpr int kSchemaVersion = 3;

inline constexpr std::string_view kTermsFamily = "terms";
inline constexpr std::string_view kSpoFamily = "spo";
inline constexpr std::string_view kPosFamily = "pos";
inline constexpr std::string_view kOspFamily = "osp";
inline constexpr std::string_view kProvFamily = "prov";
inline constexpr std::string_view kDocsFamily = "docs";
inline constexpr std::string_view kDocTriplesFamily = "doc_triples";
inline constexpr std::string_view kMetaFamily = "meta";
inline constexpr std::string_view kEventsFamily = "events";

// Every family guanxi writes, in the order of RocksStore's handles.
inline constexpr std::array<std::string_view, 9> kFamilies = {
    kTermsFamily, kSpoFamily,        kPosFamily,  kOspFamily,   kProvFamily,
    kDocsFamily,  kDocTriplesFamily, kMetaFamily, kEventsFamily};

// The predicates of the who-met projection (the `events` family).
inline constexpr std::string_view kAttended = "attended";
inline constexpr std::string_view kChaired = "chaired";
inline constexpr std::string_view kHeldOn = "held_on";

// Keys of the meta family.
inline constexpr std::string_view kSchemaVersionKey = "schema_version";  // decimal text
inline constexpr std::string_view kNextDocKey = "next_doc";              // fixed64
inline constexpr std::string_view kRulesetKey = "ruleset";               // last ruleset hash

}  // namespace guanxi::store
