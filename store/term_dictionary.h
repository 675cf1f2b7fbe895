// TermDictionary: node ids and predicates <-> fixed-width TermIds, in the `terms` column
// family (layout in docs/storage.md). Internal to store/ (it names RocksDB types).
//
// Allocation: ids come from a counter kept in the `meta` family. New terms of one write are
// staged (intern() puts them into the caller's WriteBatch together with the new counter) and
// become visible to lookups only after commit(); abort() forgets them, so a failed write
// leaves no id behind. Writers are serialized by the Store (one writer mutex); lookups and
// decodes may run from any thread (the caches take their own mutex).
//
// Caches are bounded (they are dropped when they reach their limit), so memory stays
// bounded whatever the store's size.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include "core/node.h"
#include "core/status.h"
#include "store/coding.h"

namespace guanxi::store {

// What a TermId stands for: a node (id, type, label) or a predicate.
struct Term {
  bool is_predicate = false;
  Node node;              // when !is_predicate
  std::string predicate;  // when is_predicate
};

class TermDictionary {
 public:
  // `terms` and `meta` belong to `db`, which outlives the dictionary.
  TermDictionary(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* terms, rocksdb::ColumnFamilyHandle* meta,
                 size_t cache_limit = 1 << 20);

  // Reads the id counter (call once after opening for writing).
  Status load_counter();

  // The id of a node id / predicate, nullopt when unknown.
  Result<std::optional<TermId>> find_node(std::string_view node_id) const;
  Result<std::optional<TermId>> find_predicate(std::string_view predicate) const;

  // The id of `node` / `predicate`, allocating and staging it into `batch` when new.
  // Writer only.
  Result<TermId> intern_node(const Node& node, rocksdb::WriteBatch& batch);
  Result<TermId> intern_predicate(std::string_view predicate, rocksdb::WriteBatch& batch);
  // Puts the counter into `batch` when ids were allocated since the last commit/abort.
  Status stage_counter(rocksdb::WriteBatch& batch);
  void commit();  // the batch holding the staged terms was written
  void abort();   // it was not: forget the staged terms

  // What `id` stands for (shared, immutable: cache hits copy no string). kCorruption when
  // the id is unknown or its record is damaged.
  Result<std::shared_ptr<const Term>> decode(TermId id) const;

  // Ids of the nodes labelled `label` (any type).
  Result<std::vector<TermId>> find_label(std::string_view label) const;

  uint64_t allocated() const;  // number of ids ever allocated

 private:
  Result<std::optional<TermId>> find(const std::string& key) const;
  Result<TermId> intern(std::string key, std::string record, std::string_view label,
                        rocksdb::WriteBatch& batch);

  rocksdb::DB* db_;
  rocksdb::ColumnFamilyHandle* terms_;
  rocksdb::ColumnFamilyHandle* meta_;
  size_t cache_limit_;

  mutable std::mutex mu_;
  mutable std::unordered_map<std::string, TermId> ids_;  // forward cache (committed terms)
  mutable std::unordered_map<TermId, std::shared_ptr<const Term>> terms_cache_;  // reverse cache
  std::unordered_map<std::string, TermId> staged_;        // writer only
  std::string key_scratch_;                               // writer only: the key being interned
  uint64_t next_id_ = 1;                                  // writer only
  uint64_t committed_next_id_ = 1;                        // writer only
};

// Key of the term counter in the meta family.
inline constexpr std::string_view kNextTermKey = "next_term";

}  // namespace guanxi::store
