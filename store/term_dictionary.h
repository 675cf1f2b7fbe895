// TermDictionary: node ids and predicates <-> fixed-width TermIds, in the `terms` column
// family (layout in docs/storage.md). Internal to store/ (it names RocksDB types).
//
// Allocation: ids come from a counter kept in the `meta` family. New terms of one write are
// staged (intern() puts them into the caller's WriteBatch together with the new counter) and
// become visible to lookups only after commit(); abort() forgets them, so a failed write
// leaves no id behind. Writers are serialized by the Store (one writer mutex); lookups and
// decodes may run from any thread (the caches take their own mutex).
//
// Caches are bounded, so memory stays bounded whatever the store's size. The forward cache
// (key -> id) keeps two generations of at most half the limit each: when the newer one is
// full the older is dropped and a hit in the older moves the term to the newer, so terms in
// use (the people of a bulk load) stay while terms met once go. Terms created by a write
// are not cached at commit (most are met once: an article, its events); the next lookup of
// one reads it back once.
//
// Bulk writers call prefetch() with the terms of the coming writes: one sorted MultiGet
// answers those neither staged nor cached, instead of one Get per term as it is met.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include "core/node.h"
#include "core/triple.h"
#include "core/status.h"
#include "store/coding.h"

namespace guanxi::store {

// What a TermId stands for: a node (id, type, label) or a predicate.
struct Term {
  bool is_predicate = false;
  Node node;              // when !is_predicate
  std::string predicate;  // when is_predicate
};

// The terms of many triples, resolved at once by TermDictionary::resolve (bulk loads):
// each distinct node id or predicate once, with its id (0 while it is new: the first
// intern_resolved allocates it), and per triple the indexes of its subject, predicate and
// object among them. Views into the triples, which must outlive it.
struct ResolvedTerms {
  struct Term {
    size_t hash;
    std::string_view value;
    bool predicate;
    TermId id;
  };
  std::vector<Term> terms;
  std::vector<uint32_t> refs;  // 3 per triple: subject, predicate, object
  std::vector<uint32_t> table;  // open addressing over `terms` (index + 1; 0: empty)
  void clear() {
    terms.clear();
    refs.clear();
  }
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

  // Looks up the node ids and predicates of the coming writes that are neither staged nor
  // cached, in one sorted MultiGet: the ones found join the cache, the absent ones are
  // remembered until the next prefetch, commit or abort, so that interning them allocates
  // at once. Writer only.
  Status prefetch(std::vector<std::string_view> node_ids, std::vector<std::string_view> predicates);

  // Resolves the terms of `triples` into `out` (replaced): staged, cached, or read in one
  // sorted MultiGet; the new ones keep id 0. Valid until the next commit or abort (the
  // writer must not intern these terms otherwise meanwhile). Writer only.
  Status resolve(const std::vector<const std::vector<Triple>*>& triples, ResolvedTerms& out);
  // The id of resolved term `index` (its node, or predicate), allocating and staging it
  // into `batch` when new.
  Result<TermId> intern_resolved(ResolvedTerms& resolved, uint32_t index, const Node* node,
                                 rocksdb::WriteBatch& batch);

  // The id of `node` / `predicate`, allocating and staging it into `batch` when new.
  // Writer only.
  Result<TermId> intern_node(const Node& node, rocksdb::WriteBatch& batch);
  Result<TermId> intern_predicate(std::string_view predicate, rocksdb::WriteBatch& batch);
  // Puts the counter into `batch` when ids were allocated since the last commit/abort.
  Status stage_counter(rocksdb::WriteBatch& batch);
  void commit();  // the batch holding the staged terms was written
  // The terms staged before id `next` were written (a buffer in flight landed); those
  // staged since stay staged.
  void commit_through(uint64_t next);
  uint64_t next_id() const { return next_id_; }  // writer only
  void abort();   // it was not: forget the staged terms

  // What `id` stands for (shared, immutable: cache hits copy no string). kCorruption when
  // the id is unknown or its record is damaged.
  Result<std::shared_ptr<const Term>> decode(TermId id) const;

  // Ids of the nodes labelled `label` (any type).
  Result<std::vector<TermId>> find_label(std::string_view label) const;

  uint64_t allocated() const;  // number of ids ever allocated
  size_t cached() const;       // entries in the forward and reverse caches

 private:
  Result<std::optional<TermId>> find(const std::string& key) const;
  // The cached id of `key` (caller holds mu_).
  std::optional<TermId> cached(const std::string& key) const;
  // Caches key -> id (caller holds mu_).
  void remember(const std::string& key, TermId id) const;
  // Writer: the id of key_scratch_ when staged, cached or read from the store; nullopt when
  // the term is new (then it must be allocated).
  Result<std::optional<TermId>> resolve_scratch();
  Result<TermId> allocate(std::string record, std::string_view label, rocksdb::WriteBatch& batch);

  rocksdb::DB* db_;
  rocksdb::ColumnFamilyHandle* terms_;
  rocksdb::ColumnFamilyHandle* meta_;
  size_t cache_limit_;

  mutable std::mutex mu_;
  mutable std::unordered_map<std::string, TermId> ids_;      // forward cache, newer generation
  mutable std::unordered_map<std::string, TermId> old_ids_;  // older generation
  mutable std::unordered_map<TermId, std::shared_ptr<const Term>> terms_cache_;  // reverse cache
  std::unordered_map<std::string, TermId> staged_;        // writer only
  std::unordered_set<std::string> absent_;                // writer only: prefetched, not in the store
  std::vector<std::pair<size_t, std::string_view>> seen_;  // writer only: prefetch's recent values
  std::string key_scratch_;                               // writer only: the key being interned
  uint64_t next_id_ = 1;                                  // writer only
  uint64_t committed_next_id_ = 1;                        // writer only
};

// Key of the term counter in the meta family.
inline constexpr std::string_view kNextTermKey = "next_term";

}  // namespace guanxi::store
