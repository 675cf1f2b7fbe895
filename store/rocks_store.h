// RocksStore: the Store on RocksDB (the only implementation). Internal to store/: other
// stages use store/store.h and Store::open.
//
// Ownership: the RocksStore owns the DB and its column family handles and closes them in its
// destructor (flushing first when bulk loading). Writes are serialized by one mutex; reads
// run concurrently, each scan on its own snapshot.
#pragma once

#include <memory>
#include <mutex>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <thread>
#include <vector>

#include <rocksdb/db.h>

#include "store/coding.h"
#include "store/records.h"
#include "store/store.h"
#include "store/term_dictionary.h"

namespace guanxi::store {

class RocksStore final : public Store {
 public:
  friend class RocksReader;  // reads the families and the dictionary

  static Result<std::unique_ptr<Store>> Open(const std::string& dir, const StoreOptions& options);
  ~RocksStore() override;

  Result<PutOutcome> put_document(const Document& document, const std::vector<Triple>& triples,
                                  const std::string& ruleset_hash) override;
  Result<std::vector<PutOutcome>> put_documents(const std::vector<DocumentTriples>& documents,
                                                const std::string& ruleset_hash) override;
  Status flush() override;
  Status compact() override;
  Status scan(const TriplePattern& pattern, const std::function<bool(const Triple&)>& visit) const override;
  Status scan_distinct(const TriplePattern& pattern, const std::function<bool(const Triple&)>& visit) const override;
  std::unique_ptr<StoreReader> reader() const override;
  Result<std::optional<Document>> get_document(const std::string& id) const override;
  Status for_each_document(const std::function<bool(const Document&)>& visit) const override;
  Result<std::vector<Node>> find_nodes(const std::string& label, std::optional<NodeType> type) const override;
  Result<StoreStats> stats() const override;
  StoreMemory memory() const override;

 private:
  RocksStore() = default;
  Status init_schema(bool fresh_families);

  // The part of a stored document record the write path needs.
  struct DocHead {
    uint64_t number = 0;
    std::string ruleset;
  };
  Result<std::optional<DocHead>> find_doc(const std::string& id) const;
  // The heads of every document of a put_documents call (one sorted MultiGet).
  Result<std::vector<std::optional<DocHead>>> find_docs(const std::vector<DocumentTriples>& documents) const;
  // Stages into `batch` the removal of every record of document `number`.
  Status stage_removal(uint64_t number, rocksdb::WriteBatch& batch);
  // Stages one document (number already chosen) and its triples. `refs`: the triples'
  // terms in resolved_ (3 per triple), or nullptr to intern them one by one.
  Status stage_document(const Document& document, const std::vector<Triple>& triples, uint64_t number,
                        const std::string& ruleset_hash, rocksdb::WriteBatch& batch,
                        const uint32_t* refs = nullptr);
  ResolvedTerms resolved_;  // guarded by write_mu_: the terms of a put_documents call (load_files)
  // A set of triples with open addressing (no allocation per triple; ids are never 0, so
  // an all-zero slot is empty).
  class TripleSet {
   public:
    bool insert(const TripleIds& t);  // true when it was not there
    void clear();
   private:
    std::vector<TripleIds> slots_;
    size_t size_ = 0;
  };
  // Triples whose spo/pos/osp entries the current batch already puts (cleared by commit).
  TripleSet batch_indexed_;  // guarded by write_mu_
  std::string prov_scratch_;  // guarded by write_mu_: the prov value being staged
  std::string card_scratch_;  // guarded by write_mu_: the event card being staged
  std::vector<std::pair<TermId, EventPresence>> cards_;  // guarded by write_mu_: the staged document's
  EvidenceTablesBuilder evidence_;  // guarded by write_mu_: the staged document's evidence tables
  // Writes `batch` (with the counters) and commits or aborts the staged terms.
  // Nothing is written when the batch is empty.
  // With load_files (and `direct` false), the batch goes to the load buffer instead; the
  // staged terms stay staged until the buffer is ingested.
  Status commit(rocksdb::WriteBatch& batch, uint64_t next_doc_before, const std::string& ruleset_hash,
                bool direct = false);
  bool loading_files() const { return options_.bulk_load && options_.load_files && !options_.read_only; }
  // load_files: a WriteBatch whose puts go straight into the load buffer (no batch
  // encoding, no copy); it holds no deletions (replacements use a plain batch).
  class LoadBatch;
  // load_files: writes the buffer as one sorted table file per family and ingests them all
  // in one atomic step; on failure the buffer is discarded (as by a crash). Lands the
  // buffer in flight first.
  Status ingest_buffer();
  // load_files with load_in_background: the full buffer goes into flight (written and
  // ingested by a thread of its own) and the load goes on in another; the one in flight
  // before lands first. Without load_in_background: ingest_buffer().
  Status launch_ingest();
  // Waits for the buffer in flight: commits its terms, or on failure forgets it and the
  // buffer filled since (which may use its terms) and returns the error.
  Status land_flight();
  // Writes `buffers` as table files (named after `round`) and ingests them in one step.
  // Touches only `buffers` and the DB: runs on the flight's thread.
  struct LoadBuffer;
  Status write_and_ingest(std::vector<LoadBuffer>& buffers, uint64_t round, bool two_threads) const;
  Status flush_replacements();  // memtables written by replacements, before an ingest
  // Forgets the buffer, its staged terms and its document numbers (landing the flight first).
  void discard_buffer();
  void drop_buffer();  // the same, the flight landed or failed
  // The ruleset of a document in the buffer or in flight; nullptr when neither holds it.
  const std::string* buffered_ruleset(const std::string& id) const;

  Result<uint64_t> count_keys(rocksdb::ColumnFamilyHandle* cf) const;
  bool has_triples(TermId id) const;

  std::string dir_;
  StoreOptions options_;
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;  // owned; kFamilies order, then others
  rocksdb::ColumnFamilyHandle* terms_ = nullptr;
  rocksdb::ColumnFamilyHandle* spo_ = nullptr;
  rocksdb::ColumnFamilyHandle* pos_ = nullptr;
  rocksdb::ColumnFamilyHandle* osp_ = nullptr;
  rocksdb::ColumnFamilyHandle* prov_ = nullptr;
  rocksdb::ColumnFamilyHandle* docs_ = nullptr;
  rocksdb::ColumnFamilyHandle* doc_triples_ = nullptr;
  rocksdb::ColumnFamilyHandle* meta_ = nullptr;
  rocksdb::ColumnFamilyHandle* events_ = nullptr;
  std::unique_ptr<TermDictionary> dict_;
  rocksdb::WriteOptions write_options_;

  rocksdb::DBOptions db_options_;
  std::vector<rocksdb::ColumnFamilyOptions> family_options_;  // kFamilies order

  mutable std::mutex write_mu_;
  uint64_t next_doc_ = 1;  // guarded by write_mu_
  // The load buffer (load_files), guarded by write_mu_: each family's puts in arrival
  // order, its size in bytes, the documents in it (id -> ruleset hash), next_doc_ when it
  // was last empty, whether memtables hold writes made since the last flush, and a counter
  // naming the table files.
  struct LoadBuffer {
    // One put: its key's first 24 bytes as big-endian numbers (zero-padded; sorting
    // compares these before any memcmp), where key and value start (chunk index << 32 |
    // position in it: increasing in arrival order), their sizes.
    struct Entry {
      uint64_t head1, head2, head3, offset;
      uint32_t key_size, value_size;
    };
    // Keys and values back to back, in arrival order, in chunks of kChunk bytes (a bigger
    // put gets a chunk of its own): the memory held follows what is buffered. (One string
    // doubling as it grew held up to twice that, and kept it for the next round.)
    static constexpr size_t kChunk = size_t{1} << 20;
    std::vector<std::string> chunks;  // each reserved once and never grown: views stay valid
    size_t chunk = 0;                 // the chunk being filled; those after it are empty
    size_t used = 0;                  // bytes of keys and values
    std::vector<Entry> entries;
    void add(std::string_view key, std::string_view value);
    // The same with the value (at most max_value bytes) appended to the chunk by encode.
    template <class Encode>
    void add_encoded(std::string_view key, size_t max_value, Encode&& encode) {
      std::string& c = room(key.size() + max_value);
      const size_t position = c.size();
      c.append(key);
      encode(c);
      push_entry(key, position, c.size() - position - key.size());
      used += c.size() - position;
    }
    // The chunk with room for n more bytes (the current one, or the next).
    std::string& room(size_t n);
    void push_entry(std::string_view key, size_t position, size_t value_size);
    const char* at(const Entry& e) const { return chunks[e.offset >> 32].data() + (e.offset & 0xffffffffu); }
    void sort();  // by key; equal keys stay in arrival order
    bool same_key(const Entry& a, const Entry& b) const {
      return a.head1 == b.head1 && a.head2 == b.head2 && a.head3 == b.head3 && a.key_size == b.key_size &&
             (a.key_size <= 24 || key(a).substr(24) == key(b).substr(24));
    }
    std::string_view key(const Entry& e) const { return {at(e), e.key_size}; }
    std::string_view value(const Entry& e) const { return {at(e) + e.key_size, e.value_size}; }
    size_t allocated() const;
    void clear();  // keeps the chunks of kChunk bytes and the entries' room for the next round
  };
  std::vector<LoadBuffer> load_;
  // The buffer in flight (load_in_background): its families' buffers, its documents, the
  // term id and document number that follow its last ones, and the outcome of its thread
  // (read after join).
  struct Flight {
    std::vector<LoadBuffer> buffers;
    std::unordered_map<std::string, std::string> docs;
    uint64_t next_term = 0;
    uint64_t next_doc = 0;
    Status status;
    std::thread thread;
    bool active = false;
  };
  Flight flight_;
  size_t load_bytes_ = 0;
  std::unordered_map<std::string, std::string> load_docs_;
  uint64_t next_doc_loaded_ = 1;
  bool memtables_dirty_ = false;
  uint64_t load_files_made_ = 0;
};

}  // namespace guanxi::store
