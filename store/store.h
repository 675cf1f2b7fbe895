// Store: the knowledge graph on disk (RocksDB, embedded, one directory).
//
// It holds documents (keyed by content hash, with their text and metadata), triples with
// their provenance, and indexes to answer pattern queries by subject, predicate or object.
// The key layout is documented in docs/storage.md. RocksDB stays inside store/.
//
// Thread safety: a Store may be used from several threads. Only one process may open a
// directory for writing (a second writer gets kBusy); any number may open it read-only,
// also while a writer runs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "core/triple.h"

namespace guanxi {

struct StoreOptions {
  bool read_only = false;         // open for queries only (never blocks a writer)
  bool create_if_missing = true;  // ignored when read_only
  // Bulk loading: writes skip the write-ahead log and become durable at flush() (or when
  // the store is closed); the index families defer their compactions to compact(). A crash loses the documents written since the last flush, each
  // one wholly (all column families are flushed atomically), never part of one: ingesting
  // the same input again adds exactly what was lost. Default: off (every put is logged).
  bool bulk_load = false;
  // With bulk_load, the fastest way in: documents are buffered in memory (at most
  // load_buffer_bytes of keys and values), then written as sorted table files, one per
  // column family, which join the store together in one atomic step (RocksDB's
  // IngestExternalFiles): no memtable, no write-ahead log, no flush. Buffered documents
  // become visible to reads, and durable, at that step, at flush() and at close; a crash or
  // a failed write loses the documents buffered since, each one wholly (the step is atomic
  // across families), so ingesting the same input again adds exactly what was lost.
  // Replacements (same document, other ruleset) are written as with bulk_load alone.
  bool load_files = false;
  size_t load_buffer_bytes = size_t{128} << 20;
  // With load_files: a full buffer is written and ingested by a thread of its own while
  // the next one fills (the two share load_buffer_bytes). An error of that thread is
  // returned by the call that next waits for it (the next full buffer, flush(), compact()),
  // and the documents buffered since are lost with it, as by a crash.
  bool load_in_background = true;
  // Read-only opens read table files through memory maps (a cold block costs no read()
  // nor copy). Off: plain reads, as a writer does.
  bool map_files = true;
  // Block cache shared by every column family, in bytes. Default 256 MiB. A bulk load
  // fills it with the blocks its lookups read (about 20 MiB per million triples, to the
  // limit; docs/storage.md, "Memory").
  size_t cache_bytes = size_t{256} << 20;
  // Entries of the term dictionary's caches: node id or predicate -> id (two generations
  // of half each), and id -> term for queries. About 110 bytes each when full.
  size_t term_cache_entries = size_t{1} << 20;
};

// Which triples a scan visits. Unset fields match everything.
struct TriplePattern {
  std::optional<std::string> subject;   // node id
  std::optional<std::string> predicate;
  std::optional<std::string> object;    // node id
  std::optional<NodeType> subject_type;
  std::optional<NodeType> object_type;
  std::string since;  // ISO date: provenance date >= since ("" = no bound)
  std::string until;  // ISO date: provenance date <= until ("" = no bound)
};

// What put_document did.
enum class PutOutcome {
  kAdded,      // a new document
  kUnchanged,  // same document, same ruleset: nothing written
  kReplaced,   // same document, other ruleset: its old triples were replaced
};

// One document and the triples extracted from it, for Store::put_documents.
struct DocumentTriples {
  const Document* document = nullptr;
  const std::vector<Triple>* triples = nullptr;
};

// What an open Store holds in memory, by part, in bytes (diagnostics; benchmarks print it).
// docs/storage.md ("Memory") gives the bound of each part and the option that sets it.
struct StoreMemory {
  uint64_t block_cache = 0;    // blocks in the shared block cache (bounded by cache_bytes)
  uint64_t table_readers = 0;  // index and filter blocks held outside the cache
  uint64_t memtables = 0;      // all families' memtables
  uint64_t load_buffers = 0;   // load_files: allocated by the buffer filling and the one in flight
  uint64_t cached_terms = 0;   // entries of the term dictionary's caches (forward and reverse)
};

struct StoreStats {
  uint64_t documents = 0;
  uint64_t triples = 0;     // distinct (subject, predicate, object)
  uint64_t provenance = 0;  // evidence records
  uint64_t terms = 0;       // distinct node ids and predicates
};

// One event as the who-met projection sees it: the people present (attended or chaired),
// the sentences that say so, and when it was held. Written with the document that reported
// the event (an event node is scoped to its article), so reading it costs one lookup.
// Every string is a view into the store's read buffers, valid only during the `visit` call
// that receives it (nothing is copied unless the visitor copies it): copy what you keep.
struct EventPresence {
  struct Person {
    std::string_view id;     // node id
    std::string_view label;
    bool chaired = false;    // else attended
    uint32_t sentence = 0;   // index into sentences: the evidence of this person's presence
  };
  std::string_view event_id, event_label;
  std::string_view held_on;    // label of the event's held_on date node, "" when none
  std::string_view published;  // publication date of the article that reported it ("" unknown)
  std::vector<std::string_view> sentences;
  std::vector<Person> people;  // a person who attended and chaired appears twice
};

// A read session over one consistent view of the store, with cursors reused across
// lookups: for queries that make many small lookups (who_met makes a few per event, and
// creating a cursor costs more than a lookup). Not thread-safe (one per thread); the Store
// must outlive it. A `visit` callback must not use the same reader (its cursors are shared).
class StoreReader {
 public:
  virtual ~StoreReader() = default;
  // As Store::scan.
  virtual Status scan(const TriplePattern& pattern, const std::function<bool(const Triple&)>& visit) = 0;
  // Visits each distinct triple matching `pattern` once, from the indexes alone (no evidence
  // is read): provenance is empty and since/until are ignored. Much cheaper than scan.
  virtual Status scan_distinct(const TriplePattern& pattern, const std::function<bool(const Triple&)>& visit) = 0;
  // Visits the events the person `person_id` (a node id) was present at, each with everyone
  // present; nothing when the person is unknown. `visit` returns false to stop.
  virtual Status events_of(const std::string& person_id,
                           const std::function<bool(const EventPresence&)>& visit) = 0;
};

// Bytes the store in `dir` takes on disk (every file below it; 0 when it does not exist).
uint64_t disk_usage(const std::string& dir);

class Store {
 public:
  // Opens (or creates) the store in `dir`. kBusy: another process writes to it.
  // kUnsupported: written by a newer schema version. kCorruption: damaged.
  static Result<std::unique_ptr<Store>> open(const std::string& dir, const StoreOptions& options);

  virtual ~Store() = default;

  // Writes the document and its triples in one atomic batch: after a crash it is wholly
  // there or not at all. `ruleset_hash` identifies the rules that produced the triples.
  virtual Result<PutOutcome> put_document(const Document& document,
                                          const std::vector<Triple>& triples,
                                          const std::string& ruleset_hash) = 0;

  // Writes many documents in one atomic batch (the fast path of bulk ingest); outcomes are
  // in the order of `documents`. A document that replaces an older version is written in
  // its own batch (still atomically). On error nothing of the failing batch is written.
  virtual Result<std::vector<PutOutcome>> put_documents(const std::vector<DocumentTriples>& documents,
                                                        const std::string& ruleset_hash) = 0;

  // Makes every write durable (needed with bulk_load; harmless otherwise).
  virtual Status flush() = 0;

  // Flushes, then compacts every family into sorted runs: reads get faster, and a store
  // loaded with bulk_load (whose index families do not compact while loading) gets its one
  // compaction. Takes time in proportion to the store's size; call it at the end of a bulk
  // ingest. InvalidArgument on a read-only store.
  virtual Status compact() = 0;

  // Visits every (triple, provenance) matching `pattern`; records of the same triple are
  // adjacent. `visit` returns false to stop early.
  virtual Status scan(const TriplePattern& pattern,
                      const std::function<bool(const Triple&)>& visit) const = 0;

  // As StoreReader::scan_distinct (distinct triples from the indexes, no evidence).
  virtual Status scan_distinct(const TriplePattern& pattern, const std::function<bool(const Triple&)>& visit) const = 0;

  // A read session (see StoreReader); it sees the store as it is now.
  virtual std::unique_ptr<StoreReader> reader() const = 0;

  // The document with this id, or nullopt.
  virtual Result<std::optional<Document>> get_document(const std::string& id) const = 0;

  // Visits every stored document (for reindexing). `visit` returns false to stop early.
  virtual Status for_each_document(const std::function<bool(const Document&)>& visit) const = 0;

  // Finds nodes by label (exact), e.g. every node labelled "谢文博" of type person.
  virtual Result<std::vector<Node>> find_nodes(const std::string& label,
                                               std::optional<NodeType> type) const = 0;

  virtual Result<StoreStats> stats() const = 0;

  // What the store holds in memory now (see StoreMemory).
  virtual StoreMemory memory() const = 0;
};

}  // namespace guanxi
