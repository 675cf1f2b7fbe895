// Small helpers shared by the RocksDB side of store/: status conversion, the prefix
// extractor length of each family, and prefix iteration. Internal to store/.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <rocksdb/db.h>

#include "core/status.h"
#include "store/coding.h"

namespace guanxi::store {

// A RocksDB error as a guanxi Status; `what` says what was being done.
Status from_rocks(const rocksdb::Status& s, std::string_view what);

// Prefix extractor length of each family (0 = none): the leading ids the common lookups
// share. spo: by subject; pos: by predicate and object; osp: by object; prov: by triple.
size_t prefix_length(std::string_view family);

inline std::string_view view(const rocksdb::Slice& s) { return {s.data(), s.size()}; }

// Visits the entries of `it` whose key starts with `prefix` (all when empty), seeking first;
// `f(key, value)` returns false to stop. The iterator must have been made for the prefix
// (total-order when the prefix is shorter than the family's extractor).
template <class F>
Status for_prefix(rocksdb::Iterator* it, std::string_view family, const std::string& prefix, F&& f) {
  for (it->Seek(prefix); it->Valid(); it->Next()) {
    std::string_view k = view(it->key());
    if (!has_prefix(k, prefix)) break;
    if (!f(k, view(it->value()))) break;
  }
  if (!it->status().ok()) return from_rocks(it->status(), "reading the " + std::string(family) + " family");
  return Status::Ok();
}

// The same with a fresh iterator on `cf`.
template <class F>
Status for_prefix(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf, rocksdb::ReadOptions ro, std::string_view family,
                  const std::string& prefix, F&& f) {
  const bool total_order = prefix.empty() || prefix.size() < prefix_length(family);
  ro.total_order_seek = total_order;
  ro.prefix_same_as_start = !total_order && prefix_length(family) > 0;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(ro, cf));
  return for_prefix(it.get(), family, prefix, std::forward<F>(f));
}

}  // namespace guanxi::store
