// RocksReader: the StoreReader of RocksStore, and the one implementation of pattern scans
// (Store::scan and Store::scan_distinct run on a short-lived reader). Internal to store/.
//
// It holds a snapshot (writable stores; a read-only store never changes) and up to two
// cursors per family, made on first use: one that seeks with the family's prefix bloom
// filter and one in total order for prefixes shorter than the extractor. Not thread-safe.
#pragma once

#include <array>
#include <memory>
#include <vector>

#include <rocksdb/db.h>

#include "store/coding.h"
#include "store/records.h"
#include "store/store.h"
#include "store/term_dictionary.h"

namespace guanxi::store {

class RocksStore;

class RocksReader final : public StoreReader {
 public:
  explicit RocksReader(const RocksStore& store);
  ~RocksReader() override;
  RocksReader(const RocksReader&) = delete;
  RocksReader& operator=(const RocksReader&) = delete;

  Status scan(const TriplePattern& pattern, const std::function<bool(const Triple&)>& visit) override;
  Status scan_distinct(const TriplePattern& pattern, const std::function<bool(const Triple&)>& visit) override;
  Status events_of(const std::string& person_id, const std::function<bool(const EventPresence&)>& visit) override;

 private:
  enum Family { kSpo, kPos, kOsp, kProv, kEvents, kFamilyCount };
  rocksdb::Iterator* cursor(Family family, size_t prefix_size);
  template <class F>
  Status each(Family family, const std::string& prefix, F&& f);

  Status walk(const TriplePattern& pattern, bool distinct, const std::function<bool(const Triple&)>& visit);
  // Every evidence record of one triple; *stop when visit asked to stop.
  Status evidence(const TripleIds& ids, const TriplePattern& pattern, const std::function<bool(const Triple&)>& visit,
                  bool* stop);
  // The term of `id`, through a small cache of recent ids.
  Result<const Term*> term(TermId id);
  // Fills the nodes and predicate of `t`; false when the pattern's node types reject them.
  Result<bool> resolve(const TripleIds& ids, const TriplePattern& pattern, Triple& t);
  Result<bool> visit_record(const TripleIds& ids, std::string_view key, std::string_view value,
                            const TriplePattern& pattern, const std::function<bool(const Triple&)>& visit);
  // The triple without evidence; false from visit stops.
  Result<bool> visit_distinct(const TripleIds& ids, const TriplePattern& pattern,
                              const std::function<bool(const Triple&)>& visit);

  // The evidence tables of document `doc` (its prov records refer to them), through a
  // small cache: the records of one triple, or of a scan, often share documents.
  Result<const EvidenceTables*> tables(uint64_t doc);

  struct Recent {
    TermId id = 0;
    std::shared_ptr<const Term> term;
  };
  // Direct-mapped by id: a query's terms stay in the CPU cache, away from the shared maps.
  std::vector<Recent> recent_ = std::vector<Recent>(1024);
  struct Evidence {
    uint64_t doc = 0;  // 0: empty (document numbers start at 1)
    std::string value;
    EvidenceTables tables;  // views into value
  };
  std::vector<Evidence> evidence_;  // direct-mapped by document number, made on first use
  const RocksStore& store_;
  const rocksdb::Snapshot* snapshot_ = nullptr;
  std::array<std::unique_ptr<rocksdb::Iterator>, kFamilyCount> bloom_;
  std::array<std::unique_ptr<rocksdb::Iterator>, kFamilyCount> total_;
};

}  // namespace guanxi::store
