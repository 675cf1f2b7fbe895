#include "store/rocks_store.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>
#include <thread>
#include <unordered_set>

#include <rocksdb/cache.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/memtablerep.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/table.h>

#include "store/records.h"
#include "store/rocks_reader.h"
#include "store/rocks_util.h"
#include "store/schema.h"

namespace guanxi {

Result<std::unique_ptr<Store>> Store::open(const std::string& dir, const StoreOptions& options) {
  return store::RocksStore::Open(dir, options);
}

namespace store {
namespace {

namespace fs = std::filesystem;

// The prov family's place in kFamilies (and in handles_ and load_).
constexpr size_t kProvIndex = 4;
// A prov value: three varints of 32-bit indexes.
constexpr size_t kMaxProvValue = 15;
static_assert(kFamilies[kProvIndex] == kProvFamily);

// What a failed DB::Open means to the user.
Status open_error(const rocksdb::Status& s, const std::string& dir) {
  const std::string text = s.ToString();
  if (s.IsIOError() && (text.find("lock") != std::string::npos || text.find("LOCK") != std::string::npos)) {
    return Status::Busy("database in use by another process: " + dir +
                        " is open for writing elsewhere (its LOCK file is held); wait for that "
                        "ingest to finish, or open it read-only");
  }
  if (s.IsCorruption()) return Status::Corruption("damaged store " + dir + ": " + text);
  if (s.IsPathNotFound() || s.IsIOError() || s.IsInvalidArgument()) {
    return Status::Corruption("damaged store " + dir + " (a file it needs is missing or unreadable): " + text);
  }
  return Status::IOError("cannot open store " + dir + ": " + text);
}

rocksdb::ColumnFamilyOptions family_options(std::string_view family, const std::shared_ptr<rocksdb::Cache>& cache,
                                            bool bulk_load) {
  rocksdb::ColumnFamilyOptions o;
  // Bulk loading appends to an unsorted vector and sorts once at flush, instead of inserting
  // every key into a skip list (the bottleneck of ingest). Only for the families the write
  // path never reads (it reads docs and terms; prov and doc_triples only when replacing).
  // Their compactions wait for compact() too (RocksDB's bulk-load recipe): each byte is
  // flushed once and compacted once instead of climbing the levels during the load.
  const bool index_family = family != kDocsFamily && family != kTermsFamily && family != kMetaFamily;
  if (bulk_load && index_family) {
    o.memtable_factory = std::make_shared<rocksdb::VectorRepFactory>();
    o.disable_auto_compactions = true;
    o.level0_file_num_compaction_trigger = 1 << 30;
    o.level0_slowdown_writes_trigger = 1 << 30;
    o.level0_stop_writes_trigger = 1 << 30;
    o.soft_pending_compaction_bytes_limit = 0;
    o.hard_pending_compaction_bytes_limit = 0;
  } else if (bulk_load && family != kMetaFamily) {
    // docs and terms are read by the load (is a document stored? a term?), so they are
    // compacted as it goes; but every compaction rewrites the whole family (the keys of
    // each load are spread over all of it), so they wait for more files than usual.
    o.level0_file_num_compaction_trigger = 16;
    o.level0_slowdown_writes_trigger = 48;
    o.level0_stop_writes_trigger = 64;
  }
  rocksdb::BlockBasedTableOptions t;
  t.block_cache = cache;
  t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  // Index and filter blocks live with their table readers, outside the LRU cache: every
  // seek needs them, and they take about 2% of the data.
  // A bulk load opens a table file per family and buffer, and touches few of them again:
  // there they go to the cache, so that the loader's memory stays bounded by the cache
  // whatever the corpus (they would add about 2% of the data otherwise).
  t.cache_index_and_filter_blocks = bulk_load;
  t.format_version = 5;
  const size_t prefix = prefix_length(family);
  if (prefix > 0) {
    o.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(prefix));
    t.whole_key_filtering = false;  // looked up by prefix, never by whole key
    o.memtable_prefix_bloom_size_ratio = 0.05;
  }
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  // LZ4 at every level: queries decompress blocks on every cache miss, and ZSTD's better
  // ratio cost who-met more in decompression than it saved in I/O.
  o.compression = rocksdb::kLZ4Compression;
  // Event cards are read at random, one block per event (who-met): stored uncompressed, a
  // block read from a memory-mapped file (read-only opens) is used in place, with no copy
  // and no decompression. Chinese text gains little from LZ4 anyway.
  if (family == kEventsFamily) o.compression = rocksdb::kNoCompression;
  o.write_buffer_size = family == kProvFamily || family == kDocsFamily ? (64 << 20) : (32 << 20);
  o.max_write_buffer_number = 3;
  o.level_compaction_dynamic_level_bytes = true;
  return o;
}

rocksdb::DBOptions base_db_options() {
  rocksdb::DBOptions o;
  o.atomic_flush = true;  // all families reach disk together (bulk_load relies on it)
  o.max_background_jobs = 2;
  o.db_write_buffer_size = size_t{512} << 20;  // bounds the memtables of all families
  o.keep_log_file_num = 3;
  o.max_manifest_file_size = 64 << 20;
  return o;
}

// Creates an empty store at `dir` atomically: it is built (every family and the schema
// version) in a sibling directory "<dir>.creating-<pid>", then renamed into place, so a
// crash during creation leaves no half-made store. Leftovers of crashed creations (their
// process is gone) are removed first.
// Where load_files writes its table files before ingesting them (inside the store's
// directory, so that ingesting moves them instead of copying; RocksDB ignores it).
constexpr const char* kLoadDir = "load.tmp";

Status create_store(const std::string& dir) {
  std::error_code ec;
  const fs::path target = fs::absolute(dir, ec);
  if (ec) return Status::IOError("cannot resolve " + dir + ": " + ec.message());
  if (fs::exists(target, ec)) {
    if (!fs::is_directory(target, ec)) return Status::InvalidArgument(dir + " exists and is not a directory");
    if (!fs::is_empty(target, ec)) {
      return Status::InvalidArgument(dir + " is not empty and holds no store (no CURRENT file); refusing to use it");
    }
  }
  const fs::path parent = target.parent_path();
  fs::create_directories(parent, ec);
  if (ec) return Status::IOError("cannot create " + parent.string() + ": " + ec.message());
  const std::string stem = target.filename().string() + ".creating-";
  for (const auto& entry : fs::directory_iterator(parent, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(stem, 0) != 0) continue;
    const long pid = std::strtol(name.c_str() + stem.size(), nullptr, 10);
    if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) fs::remove_all(entry.path(), ec);
  }
  const fs::path tmp = parent / (stem + std::to_string(::getpid()));
  fs::remove_all(tmp, ec);

  rocksdb::DBOptions o = base_db_options();
  o.create_if_missing = true;
  o.create_missing_column_families = true;
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors{{rocksdb::kDefaultColumnFamilyName, {}}};
  for (std::string_view f : kFamilies) descriptors.emplace_back(std::string(f), rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s = rocksdb::DB::Open(o, tmp.string(), descriptors, &handles, &raw);
  if (!s.ok()) return from_rocks(s, "creating a store in " + tmp.string());
  std::unique_ptr<rocksdb::DB> db(raw);
  rocksdb::WriteOptions wo;
  wo.sync = true;
  s = db->Put(wo, handles.back(), std::string(kSchemaVersionKey), std::to_string(kSchemaVersion));
  for (auto* h : handles) {
    rocksdb::Status d = db->DestroyColumnFamilyHandle(h);
    if (s.ok()) s = d;
  }
  if (s.ok()) s = db->Close();
  db.reset();
  if (!s.ok()) return from_rocks(s, "creating a store in " + tmp.string());
  if (fs::exists(target, ec)) fs::remove(target, ec);  // the empty directory we checked
  fs::rename(tmp, target, ec);
  if (ec) return Status::IOError("cannot move the new store into " + dir + ": " + ec.message());
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<Store>> RocksStore::Open(const std::string& dir, const StoreOptions& options) {
  std::unique_ptr<RocksStore> store(new RocksStore);
  store->dir_ = dir;
  store->options_ = options;
  const bool ro = options.read_only;

  std::error_code ec;
  if (!fs::exists(fs::path(dir) / "CURRENT", ec)) {
    if (ro || !options.create_if_missing) return Status::NotFound("no store at " + dir);
    GUANXI_RETURN_IF_ERROR(create_store(dir));
  }

  rocksdb::DBOptions db_options = base_db_options();
  db_options.create_if_missing = false;
  db_options.create_missing_column_families = !ro;
  db_options.allow_concurrent_memtable_write = !options.bulk_load;  // the vector memtable needs it off
  // Queries read table files through memory maps: a cold block costs no read() call nor a
  // copy (the files are immutable; one a writer deletes stays mapped until we close).
  db_options.allow_mmap_reads = ro && options.map_files;

  std::vector<std::string> existing;
  if (rocksdb::Status s = rocksdb::DB::ListColumnFamilies(db_options, dir, &existing); !s.ok()) {
    return open_error(s, dir);
  }
  std::vector<std::string_view> missing;
  for (std::string_view f : kFamilies) {
    if (std::find(existing.begin(), existing.end(), f) == existing.end()) missing.push_back(f);
  }
  if (missing.size() == kFamilies.size()) {
    return Status::Corruption(dir + " is a RocksDB database but not a guanxi store (no '" +
                              std::string(kTermsFamily) + "' column family)");
  }
  if (ro && !missing.empty()) {
    return Status::Corruption("damaged store " + dir + ": column family '" + std::string(missing[0]) + "' is missing");
  }

  auto cache = rocksdb::NewLRUCache(options.cache_bytes);
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (std::string_view f : kFamilies) descriptors.emplace_back(std::string(f), family_options(f, cache, options.bulk_load && !ro));
  store->db_options_ = db_options;
  for (const auto& d : descriptors) store->family_options_.push_back(d.options);
  descriptors.emplace_back(rocksdb::kDefaultColumnFamilyName, rocksdb::ColumnFamilyOptions());
  for (const std::string& name : existing) {  // families of a newer schema: open them untouched
    bool known = name == rocksdb::kDefaultColumnFamilyName ||
                 std::find(kFamilies.begin(), kFamilies.end(), name) != kFamilies.end();
    if (!known) descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }

  rocksdb::DB* raw = nullptr;
  rocksdb::Status s;
  if (ro) {
    // A writer may delete an obsolete file while we read the manifest: retry a few times.
    for (int attempt = 0; attempt < 10; ++attempt) {
      s = rocksdb::DB::OpenForReadOnly(db_options, dir, descriptors, &store->handles_, &raw);
      if (s.ok() || s.IsCorruption()) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  } else {
    s = rocksdb::DB::Open(db_options, dir, descriptors, &store->handles_, &raw);
  }
  if (!s.ok()) return open_error(s, dir);
  store->db_.reset(raw);
  store->terms_ = store->handles_[0];
  store->spo_ = store->handles_[1];
  store->pos_ = store->handles_[2];
  store->osp_ = store->handles_[3];
  store->prov_ = store->handles_[4];
  store->docs_ = store->handles_[5];
  store->doc_triples_ = store->handles_[6];
  store->meta_ = store->handles_[7];
  store->events_ = store->handles_[8];
  store->dict_ = std::make_unique<TermDictionary>(raw, store->terms_, store->meta_, options.term_cache_entries);
  store->write_options_.disableWAL = options.bulk_load;
  GUANXI_RETURN_IF_ERROR(store->init_schema(!missing.empty()));
  if (!ro) {
    // Table files of a load buffer that a crash interrupted: never ingested, so no document
    // of theirs is in the store. We hold the LOCK, so no other writer uses them.
    fs::remove_all(fs::path(dir) / kLoadDir, ec);
    store->load_.resize(kFamilies.size());
    store->flight_.buffers.resize(kFamilies.size());
    store->next_doc_loaded_ = store->next_doc_;
  }
  return std::unique_ptr<Store>(std::move(store));
}

Status RocksStore::init_schema(bool families_were_missing) {
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), meta_, std::string(kSchemaVersionKey), &value);
  if (s.ok()) {
    int version = 0;
    for (char c : value) {
      if (c < '0' || c > '9' || version > 100000) {
        return Status::Corruption("damaged store " + dir_ + ": meta/schema_version is not a number");
      }
      version = version * 10 + (c - '0');
    }
    if (value.empty() || version < 1) {
      return Status::Corruption("damaged store " + dir_ + ": meta/schema_version is not a number");
    }
    if (version > kSchemaVersion) {
      return Status::Unsupported("store " + dir_ + " has schema version " + std::to_string(version) +
                                 ", newer than this guanxi reads (" + std::to_string(kSchemaVersion) +
                                 "); use a newer guanxi");
    }
    if (version < kSchemaVersion) {
      return Status::Unsupported("store " + dir_ + " has schema version " + std::to_string(version) +
                                 ", older than this guanxi reads (" + std::to_string(kSchemaVersion) +
                                 ": its evidence records are laid out differently); ingest its documents "
                                 "into a new store, or use the guanxi that wrote it");
    }
    if (families_were_missing) return Status::Corruption("damaged store " + dir_ + ": a column family is missing");
  } else if (s.IsNotFound()) {
    // A store that was never written has no version yet; one with documents must have one.
    bool has_docs = false;
    GUANXI_RETURN_IF_ERROR(for_prefix(db_.get(), docs_, rocksdb::ReadOptions(), kDocsFamily, "",
                                      [&](std::string_view, std::string_view) { return !(has_docs = true); }));
    if (has_docs || options_.read_only) {
      return Status::Corruption("damaged store " + dir_ + ": meta/schema_version is missing");
    }
    rocksdb::WriteOptions wo;
    wo.sync = true;
    s = db_->Put(wo, meta_, std::string(kSchemaVersionKey), std::to_string(kSchemaVersion));
    if (!s.ok()) return from_rocks(s, "writing the schema version");
  } else {
    return from_rocks(s, "reading the schema version of " + dir_);
  }
  if (options_.read_only) return Status::Ok();
  s = db_->Get(rocksdb::ReadOptions(), meta_, std::string(kNextDocKey), &value);
  if (s.ok()) {
    if (value.size() != kIdSize) return Status::Corruption("damaged store " + dir_ + ": meta/next_doc");
    next_doc_ = get_fixed64(value.data());
  } else if (!s.IsNotFound()) {
    return from_rocks(s, "reading meta/next_doc");
  }
  return dict_->load_counter();
}

RocksStore::~RocksStore() {
  if (!db_) return;
  if (!options_.read_only && options_.bulk_load) {
    Status s = flush();
    (void)s;  // nothing to report to from a destructor; callers who care call flush() first
  }
  if (flight_.thread.joinable()) flight_.thread.join();
  for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
  handles_.clear();
  rocksdb::Status s = db_->Close();
  (void)s;
}

Status RocksStore::flush() {
  if (options_.read_only) return Status::Ok();
  std::lock_guard lock(write_mu_);
  if (loading_files()) GUANXI_RETURN_IF_ERROR(ingest_buffer());
  rocksdb::FlushOptions fo;
  fo.wait = true;
  std::vector<rocksdb::ColumnFamilyHandle*> ours(handles_.begin(), handles_.begin() + kFamilies.size());
  rocksdb::Status s = options_.bulk_load ? db_->Flush(fo, ours) : db_->FlushWAL(true);
  if (s.ok()) memtables_dirty_ = false;
  return s.ok() ? Status::Ok() : from_rocks(s, "flushing " + dir_);
}

Status RocksStore::compact() {
  if (options_.read_only) return Status::InvalidArgument("store " + dir_ + " is open read-only");
  std::lock_guard lock(write_mu_);
  if (loading_files()) GUANXI_RETURN_IF_ERROR(ingest_buffer());
  rocksdb::FlushOptions fo;
  fo.wait = true;
  std::vector<rocksdb::ColumnFamilyHandle*> ours(handles_.begin(), handles_.begin() + kFamilies.size());
  rocksdb::Status s = db_->Flush(fo, ours);
  if (s.ok()) memtables_dirty_ = false;
  rocksdb::CompactRangeOptions co;
  co.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kIfHaveCompactionFilter;
  for (size_t i = 0; s.ok() && i < ours.size(); ++i) s = db_->CompactRange(co, ours[i], nullptr, nullptr);
  return s.ok() ? Status::Ok() : from_rocks(s, "compacting " + dir_);
}

Result<std::optional<RocksStore::DocHead>> RocksStore::find_doc(const std::string& id) const {
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), docs_, id, &value);
  if (s.IsNotFound()) return std::optional<DocHead>();
  if (!s.ok()) return from_rocks(s, "reading document " + id);
  DocHead head;
  if (!decode_doc_head(value, &head.number, &head.ruleset)) {
    return Status::Corruption("document " + id + " has a damaged record");
  }
  return std::optional<DocHead>(std::move(head));
}

const std::string* RocksStore::buffered_ruleset(const std::string& id) const {
  if (auto it = load_docs_.find(id); it != load_docs_.end()) return &it->second;
  if (auto it = flight_.docs.find(id); it != flight_.docs.end()) return &it->second;
  return nullptr;
}

Result<std::vector<std::optional<RocksStore::DocHead>>> RocksStore::find_docs(
    const std::vector<DocumentTriples>& documents) const {
  std::vector<std::optional<DocHead>> heads(documents.size());
  if (documents.empty()) return heads;
  auto id = [&](size_t i) -> const std::string& { return documents[i].document->id; };
  std::vector<size_t> order(documents.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return id(a) < id(b); });
  std::vector<rocksdb::Slice> keys;  // distinct ids, sorted
  std::vector<size_t> key_of(order.size());
  for (size_t n = 0; n < order.size(); ++n) {
    if (n == 0 || id(order[n]) != id(order[n - 1])) keys.emplace_back(id(order[n]));
    key_of[n] = keys.size() - 1;
  }
  std::vector<rocksdb::PinnableSlice> values(keys.size());
  std::vector<rocksdb::Status> statuses(keys.size());
  db_->MultiGet(rocksdb::ReadOptions(), docs_, keys.size(), keys.data(), values.data(), statuses.data(),
                /*sorted_input=*/true);
  for (size_t n = 0; n < order.size(); ++n) {
    const size_t k = key_of[n];
    if (statuses[k].IsNotFound()) continue;
    if (!statuses[k].ok()) return from_rocks(statuses[k], "reading document " + id(order[n]));
    DocHead head;
    if (!decode_doc_head(view(values[k]), &head.number, &head.ruleset)) {
      return Status::Corruption("document " + id(order[n]) + " has a damaged record");
    }
    heads[order[n]] = std::move(head);
  }
  return heads;
}

Status RocksStore::stage_removal(uint64_t number, rocksdb::WriteBatch& batch) {
  const std::string list_key = id_prefix(number);
  std::string list;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), doc_triples_, list_key, &list);
  if (s.IsNotFound()) return Status::Ok();
  if (!s.ok()) return from_rocks(s, "reading the triples of document #" + std::to_string(number));
  std::string_view prov_keys, card_keys;
  if (!decode_doc_records(list, &prov_keys, &card_keys)) {
    return Status::Corruption("doc_triples of document #" + std::to_string(number) + " is damaged");
  }
  std::unordered_set<std::string_view> removed;
  std::set<std::string_view> triples;
  for (size_t i = 0; i < prov_keys.size(); i += kProvKeySize) {
    std::string_view key = prov_keys.substr(i, kProvKeySize);
    removed.insert(key);
    triples.insert(key.substr(0, kTripleKeySize));
    s = batch.Delete(prov_, rocksdb::Slice(key.data(), key.size()));
    if (!s.ok()) return from_rocks(s, "staging a removal");
  }
  for (size_t i = 0; i < card_keys.size(); i += kCardKeySize) {
    s = batch.Delete(events_, rocksdb::Slice(card_keys.data() + i, kCardKeySize));
    if (!s.ok()) return from_rocks(s, "staging a removal");
  }
  // A triple stays indexed while another document still gives evidence for it.
  for (std::string_view spo : triples) {
    bool survives = false;
    GUANXI_RETURN_IF_ERROR(for_prefix(db_.get(), prov_, rocksdb::ReadOptions(), kProvFamily, std::string(spo),
                                      [&](std::string_view k, std::string_view) {
                                        survives = !removed.count(k);
                                        return !survives;
                                      }));
    if (survives) continue;
    const TripleIds ids = from_spo_key(spo);
    s = batch.Delete(spo_, spo_key(ids));
    if (s.ok()) s = batch.Delete(pos_, pos_key(ids));
    if (s.ok()) s = batch.Delete(osp_, osp_key(ids));
    if (!s.ok()) return from_rocks(s, "staging a removal");
  }
  s = batch.Delete(doc_triples_, list_key);
  if (s.ok()) s = batch.Delete(doc_triples_, evidence_key(number));
  return s.ok() ? Status::Ok() : from_rocks(s, "staging a removal");
}

class RocksStore::LoadBatch final : public rocksdb::WriteBatch {
 public:
  explicit LoadBatch(RocksStore& store) : store_(store) {}
  using rocksdb::WriteBatch::Put;
  rocksdb::Status Put(rocksdb::ColumnFamilyHandle* family, const rocksdb::Slice& key,
                      const rocksdb::Slice& value) override {
    for (size_t i = 0; i < kFamilies.size(); ++i) {
      if (store_.handles_[i] != family) continue;
      store_.load_[i].add(view(key), view(value));
      store_.load_bytes_ += key.size() + value.size() + sizeof(LoadBuffer::Entry);
      ++puts_;
      return rocksdb::Status::OK();
    }
    return rocksdb::Status::InvalidArgument("a write to an unknown column family");
  }
  // A prov record, its value encoded in place in the buffer (no copy).
  void put_prov(std::string_view key, const uint32_t refs[3]) {
    LoadBuffer& b = store_.load_[kProvIndex];
    const size_t before = b.used;
    b.add_encoded(key, kMaxProvValue, [&](std::string& out) { encode_prov(refs, out); });
    store_.load_bytes_ += b.used - before + sizeof(LoadBuffer::Entry);
    ++puts_;
  }
  size_t puts() const { return puts_; }
  void reset() { puts_ = 0; }

 private:
  RocksStore& store_;
  size_t puts_ = 0;
};

Status RocksStore::stage_document(const Document& document, const std::vector<Triple>& triples, uint64_t number,
                                  const std::string& ruleset_hash, rocksdb::WriteBatch& batch, const uint32_t* refs) {
  std::string list;
  list.reserve(triples.size() * kProvKeySize);
  cards_.clear();  // the who-met projection of this document's events (views of `triples`)
  auto card_of = [this](TermId event) -> EventPresence& {
    for (auto& [id, card] : cards_) {
      if (id == event) return card;
    }
    return cards_.emplace_back(event, EventPresence{}).second;
  };
  auto sentence_index = [](EventPresence& card, const std::string& sentence) {
    for (size_t k = card.sentences.size(); k-- > 0;) {  // the latest first: triples come by sentence
      if (card.sentences[k] == sentence) return static_cast<uint32_t>(k);
    }
    card.sentences.push_back(sentence);
    return static_cast<uint32_t>(card.sentences.size() - 1);
  };
  rocksdb::Status s;
  LoadBatch* load = loading_files() ? dynamic_cast<LoadBatch*>(&batch) : nullptr;
  evidence_.clear();
  for (size_t i = 0; i < triples.size(); ++i) {
    const Triple& t = triples[i];
    if (t.subject.id.empty() || t.object.id.empty() || t.predicate.empty()) {
      return Status::InvalidArgument("document " + document.id + ": triple #" + std::to_string(i) +
                                     " has an empty subject, predicate or object");
    }
    TripleIds ids;
    if (refs) {
      GUANXI_ASSIGN_OR_RETURN(ids.s, dict_->intern_resolved(resolved_, refs[3 * i], &t.subject, batch));
      GUANXI_ASSIGN_OR_RETURN(ids.p, dict_->intern_resolved(resolved_, refs[3 * i + 1], nullptr, batch));
      GUANXI_ASSIGN_OR_RETURN(ids.o, dict_->intern_resolved(resolved_, refs[3 * i + 2], &t.object, batch));
    } else {
      GUANXI_ASSIGN_OR_RETURN(ids.s, dict_->intern_node(t.subject, batch));
      GUANXI_ASSIGN_OR_RETURN(ids.p, dict_->intern_predicate(t.predicate, batch));
      GUANXI_ASSIGN_OR_RETURN(ids.o, dict_->intern_node(t.object, batch));
    }
    char key[kProvKeySize], pos[kTripleKeySize], osp[kTripleKeySize];
    write_prov_key(ids, number, t.provenance.begin, static_cast<uint32_t>(i), key);
    if (batch_indexed_.insert(ids)) {  // a repeated triple (a title) is indexed once per batch
      write_pos_key(ids, pos);
      write_osp_key(ids, osp);
      s = batch.Put(spo_, rocksdb::Slice(key, kTripleKeySize), rocksdb::Slice());
      if (s.ok()) s = batch.Put(pos_, rocksdb::Slice(pos, kTripleKeySize), rocksdb::Slice());
      if (s.ok()) s = batch.Put(osp_, rocksdb::Slice(osp, kTripleKeySize), rocksdb::Slice());
    }
    uint32_t evidence[3];
    evidence_.add(t.provenance, document.id, evidence);
    if (load && s.ok()) {
      load->put_prov(std::string_view(key, kProvKeySize), evidence);
    } else if (s.ok()) {
      prov_scratch_.clear();
      encode_prov(evidence, prov_scratch_);
      s = batch.Put(prov_, rocksdb::Slice(key, kProvKeySize), prov_scratch_);
    }
    if (!s.ok()) return from_rocks(s, "staging document " + document.id);
    list.append(key, kProvKeySize);
    const bool presence = t.predicate == kAttended || t.predicate == kChaired;
    if (presence && t.subject.type == NodeType::kPerson && t.object.type == NodeType::kEvent) {
      EventPresence& card = card_of(ids.o);
      card.event_id = t.object.id;
      card.event_label = t.object.label;
      if (card.published.empty()) card.published = t.provenance.date;
      card.people.push_back({t.subject.id, t.subject.label, t.predicate == kChaired,
                             sentence_index(card, t.provenance.sentence)});
    } else if (t.predicate == kHeldOn && t.subject.type == NodeType::kEvent) {
      card_of(ids.s).held_on = t.object.label;
    }
  }
  std::sort(cards_.begin(), cards_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string card_keys;
  for (const auto& [event, card] : cards_) {
    if (card.people.empty()) continue;  // a date without anyone present
    const std::string key = id_prefix(event, number);
    card_scratch_.clear();
    encode_event_card(card, card_scratch_);
    s = batch.Put(events_, key, card_scratch_);
    if (!s.ok()) return from_rocks(s, "staging document " + document.id);
    card_keys += key;
  }
  s = batch.Put(doc_triples_, id_prefix(number), encode_doc_records(list, card_keys));
  if (s.ok() && !triples.empty()) {
    prov_scratch_.clear();
    evidence_.encode(prov_scratch_);
    s = batch.Put(doc_triples_, evidence_key(number), prov_scratch_);
  }
  if (s.ok()) s = batch.Put(docs_, document.id, encode_doc(number, ruleset_hash, document));
  return s.ok() ? Status::Ok() : from_rocks(s, "staging document " + document.id);
}

bool RocksStore::TripleSet::insert(const TripleIds& t) {
  if ((size_ + 1) * 2 > slots_.size()) {  // at most half full
    std::vector<TripleIds> old(std::max<size_t>(1024, slots_.size() * 2));
    old.swap(slots_);
    size_ = 0;
    for (const TripleIds& o : old) {
      if (o.s != 0) insert(o);
    }
  }
  uint64_t h = t.s * 0x9E3779B97F4A7C15ull ^ t.p * 0xC2B2AE3D27D4EB4Full ^ t.o * 0x165667B19E3779F9ull;
  h ^= h >> 29;
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    TripleIds& slot = slots_[i];
    if (slot.s == 0) {
      slot = t;
      ++size_;
      return true;
    }
    if (slot == t) return false;
  }
}

void RocksStore::TripleSet::clear() {
  if (size_ == 0) return;
  std::fill(slots_.begin(), slots_.end(), TripleIds{});
  size_ = 0;
}

Status RocksStore::commit(rocksdb::WriteBatch& batch, uint64_t next_doc_before, const std::string& ruleset_hash,
                          bool direct) {
  LoadBatch* load = loading_files() && !direct ? dynamic_cast<LoadBatch*>(&batch) : nullptr;
  if (load ? load->puts() == 0 : batch.Count() == 0) return Status::Ok();  // nothing changed: write nothing
  Status st = dict_->stage_counter(batch);
  rocksdb::Status s = batch.Put(meta_, std::string(kRulesetKey), ruleset_hash);
  if (!s.ok()) st = from_rocks(s, "staging meta/ruleset");
  if (st.ok() && next_doc_ != next_doc_before) {
    s = batch.Put(meta_, std::string(kNextDocKey), id_prefix(next_doc_));
    if (!s.ok()) st = from_rocks(s, "staging meta/next_doc");
  }
  if (load) {
    load->reset();
    batch_indexed_.clear();
    // In the background, two buffers (one filling, one being written) share the budget.
    const size_t limit = options_.load_in_background ? options_.load_buffer_bytes / 2 : options_.load_buffer_bytes;
    if (st.ok() && load_bytes_ >= limit) st = launch_ingest();
    if (!st.ok()) discard_buffer();
    return st;
  }
  if (st.ok() && batch.Count() > 0) {
    s = db_->Write(write_options_, &batch);
    if (!s.ok()) st = from_rocks(s, "writing to " + dir_);
    if (s.ok()) memtables_dirty_ = true;
  }
  if (st.ok()) {
    dict_->commit();
  } else {
    dict_->abort();
    next_doc_ = next_doc_before;
  }
  batch.Clear();
  batch_indexed_.clear();
  return st;
}

namespace {

// Bytes [from, from + 8) of `key` as a big-endian number, zero-padded.
uint64_t key_head(std::string_view key, size_t from) {
  if (key.size() >= from + 8) return get_fixed64(key.data() + from);
  uint64_t v = 0;
  for (size_t i = from; i < from + 8; ++i) v = (v << 8) | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0);
  return v;
}

}  // namespace

std::string& RocksStore::LoadBuffer::room(size_t n) {
  if (chunks.empty()) chunks.emplace_back();
  while (chunks[chunk].capacity() - chunks[chunk].size() < n) {
    if (chunks[chunk].empty()) {  // a fresh or emptied chunk: make it big enough
      chunks[chunk].reserve(std::max(kChunk, n));
      continue;
    }
    if (++chunk == chunks.size()) chunks.emplace_back();
  }
  return chunks[chunk];
}

void RocksStore::LoadBuffer::push_entry(std::string_view key, size_t position, size_t value_size) {
  if (entries.size() == entries.capacity()) {
    // Grown by a quarter, not doubled: the room is kept for the next round.
    entries.reserve(std::max<size_t>(4096, entries.capacity() + entries.capacity() / 4));
  }
  entries.push_back(Entry{key_head(key, 0), key_head(key, 8), key_head(key, 16),
                          (static_cast<uint64_t>(chunk) << 32) | position, static_cast<uint32_t>(key.size()),
                          static_cast<uint32_t>(value_size)});
}

void RocksStore::LoadBuffer::add(std::string_view key, std::string_view value) {
  std::string& c = room(key.size() + value.size());
  push_entry(key, c.size(), value.size());
  c.append(key);
  c.append(value);
  used += key.size() + value.size();
}

size_t RocksStore::LoadBuffer::allocated() const {
  size_t n = entries.capacity() * sizeof(Entry);
  for (const std::string& c : chunks) n += c.capacity();
  return n;
}

void RocksStore::LoadBuffer::clear() {
  for (std::string& c : chunks) {
    if (c.capacity() > kChunk) std::string().swap(c);  // a big document's: not kept
    c.clear();
  }
  chunk = 0;
  used = 0;
  entries.clear();
}

void RocksStore::LoadBuffer::sort() {
  std::sort(entries.begin(), entries.end(), [this](const Entry& a, const Entry& b) {
    if (a.head1 != b.head1) return a.head1 < b.head1;
    if (a.head2 != b.head2) return a.head2 < b.head2;
    if (a.head3 != b.head3) return a.head3 < b.head3;
    // The heads are equal: past them (when both keys are longer), or from the start.
    const size_t from = a.key_size >= 24 && b.key_size >= 24 ? 24 : 0;
    const int c = key(a).substr(from).compare(key(b).substr(from));
    return c != 0 ? c < 0 : a.offset < b.offset;  // equal keys: arrival order
  });
}

void RocksStore::discard_buffer() {
  Status landed = land_flight();  // its terms may be staged still: settle them first
  (void)landed;                   // on failure it dropped the buffer already
  drop_buffer();
}

void RocksStore::drop_buffer() {
  for (LoadBuffer& b : load_) b.clear();
  load_bytes_ = 0;
  load_docs_.clear();
  dict_->abort();
  batch_indexed_.clear();
  next_doc_ = next_doc_loaded_;
}

Status RocksStore::flush_replacements() {
  // Writes made to the memtables (replacements) reach disk first, all families together:
  // ingesting may flush only the families it overlaps, which would split such a write.
  if (!memtables_dirty_) return Status::Ok();
  rocksdb::FlushOptions fo;
  fo.wait = true;
  std::vector<rocksdb::ColumnFamilyHandle*> ours(handles_.begin(), handles_.begin() + kFamilies.size());
  rocksdb::Status s = db_->Flush(fo, ours);
  if (!s.ok()) return from_rocks(s, "flushing " + dir_);
  memtables_dirty_ = false;
  return Status::Ok();
}

Status RocksStore::write_and_ingest(std::vector<LoadBuffer>& buffers, uint64_t round, bool two_threads) const {
  const fs::path tmp = fs::path(dir_) / kLoadDir;
  std::error_code ec;
  fs::create_directories(tmp, ec);
  Status st;
  if (ec) st = Status::IOError("cannot create " + tmp.string() + ": " + ec.message());
  std::vector<rocksdb::IngestExternalFileArg> args;
  // Each family's file: sorted (once, mostly on integers: this replaces the skip list or
  // the memtable sort with RocksDB's internal-key comparator, a third of a bulk load's CPU)
  // and written, biggest families first.
  std::vector<size_t> order;
  for (size_t i = 0; i < kFamilies.size(); ++i) {
    if (!buffers[i].entries.empty()) order.push_back(i);
  }
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return buffers[a].used > buffers[b].used; });
  std::vector<std::string> paths(kFamilies.size());
  std::vector<Status> written(kFamilies.size());
  for (size_t i : order) {
    paths[i] = (tmp / (std::to_string(round) + "-" + std::string(kFamilies[i]) + ".sst")).string();
  }
  auto write_family = [&](size_t i) {
    LoadBuffer& buffer = buffers[i];
    const auto& entries = buffer.entries;
    buffer.sort();
    rocksdb::Options o(db_options_, family_options_[i]);
    // Compressed once, by compact(): these files are rewritten by it anyway.
    o.compression = rocksdb::kNoCompression;
    // Nor do the families the load never reads need their filters before compact() builds
    // them: the files are read correctly without (docs and terms keep theirs).
    if (kFamilies[i] != kDocsFamily && kFamilies[i] != kTermsFamily && kFamilies[i] != kMetaFamily) {
      if (const auto* table = o.table_factory->GetOptions<rocksdb::BlockBasedTableOptions>()) {
        rocksdb::BlockBasedTableOptions t = *table;
        t.filter_policy.reset();
        o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
      }
    }
    rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), o, handles_[i], /*invalidate_page_cache=*/false);
    rocksdb::Status s = writer.Open(paths[i]);
    for (size_t k = 0; s.ok() && k < entries.size(); ++k) {
      if (k + 1 < entries.size() && buffer.same_key(entries[k], entries[k + 1])) continue;  // the last one wins
      const std::string_view key = buffer.key(entries[k]);
      const std::string_view value = buffer.value(entries[k]);
      s = writer.Put(rocksdb::Slice(key.data(), key.size()), rocksdb::Slice(value.data(), value.size()));
    }
    if (s.ok()) s = writer.Finish();
    if (!s.ok()) written[i] = from_rocks(s, "writing " + paths[i]);
  };
  if (st.ok()) {
    std::atomic<size_t> next{0};
    auto worker = [&] {
      for (size_t n; (n = next.fetch_add(1)) < order.size();) write_family(order[n]);
    };
    std::thread helper;
    if (two_threads) {
      try {
        helper = std::thread(worker);
      } catch (const std::system_error&) {
        // No second thread to be had: this one writes every family.
      }
    }
    worker();
    if (helper.joinable()) helper.join();
  }
  for (size_t i : order) {
    if (st.ok() && !written[i].ok()) st = written[i];
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = handles_[i];
    arg.external_files.push_back(paths[i]);
    arg.options.move_files = true;
    arg.options.write_global_seqno = false;
    arg.options.allow_blocking_flush = true;
    args.push_back(std::move(arg));
  }
  if (st.ok() && !args.empty()) {
    // One step for every family: the documents of the buffer are all in, or none is.
    rocksdb::Status s = db_->IngestExternalFiles(args);
    if (!s.ok()) st = from_rocks(s, "adding the loaded files to " + dir_);
  }
  for (const auto& arg : args) fs::remove(arg.external_files[0], ec);  // moved already when ingested
  return st;
}

Status RocksStore::ingest_buffer() {
  GUANXI_RETURN_IF_ERROR(land_flight());
  if (load_bytes_ == 0) return Status::Ok();
  Status st = flush_replacements();
  if (st.ok()) st = write_and_ingest(load_, ++load_files_made_, /*two_threads=*/true);
  if (!st.ok()) {
    drop_buffer();
    return st;
  }
  for (LoadBuffer& b : load_) b.clear();  // keeps its memory for the next round
  load_bytes_ = 0;
  load_docs_.clear();
  dict_->commit();
  next_doc_loaded_ = next_doc_;
  return Status::Ok();
}

Status RocksStore::launch_ingest() {
  if (!options_.load_in_background) return ingest_buffer();
  GUANXI_RETURN_IF_ERROR(land_flight());
  if (load_bytes_ == 0) return Status::Ok();
  if (Status st = flush_replacements(); !st.ok()) {
    drop_buffer();
    return st;
  }
  flight_.buffers.swap(load_);  // the load goes on in the flight's emptied buffers
  flight_.docs.swap(load_docs_);
  load_docs_.clear();
  load_bytes_ = 0;
  flight_.next_term = dict_->next_id();
  flight_.next_doc = next_doc_;
  flight_.active = true;
  const uint64_t round = ++load_files_made_;
  try {
    flight_.thread = std::thread([this, round] { flight_.status = write_and_ingest(flight_.buffers, round, false); });
  } catch (const std::system_error&) {
    flight_.status = write_and_ingest(flight_.buffers, round, true);  // no thread to be had: here and now
  }
  return Status::Ok();
}

Status RocksStore::land_flight() {
  if (!flight_.active) return Status::Ok();
  if (flight_.thread.joinable()) flight_.thread.join();
  flight_.active = false;
  for (LoadBuffer& b : flight_.buffers) b.clear();
  flight_.docs.clear();
  Status st = std::move(flight_.status);
  flight_.status = Status::Ok();
  if (!st.ok()) {
    // Its documents are absent, and the buffer filled since may use its terms: both go
    // (dict_->abort() returns to the ids before the flight).
    drop_buffer();
    return st;
  }
  dict_->commit_through(flight_.next_term);
  next_doc_loaded_ = flight_.next_doc;
  return Status::Ok();
}

Result<PutOutcome> RocksStore::put_document(const Document& document, const std::vector<Triple>& triples,
                                            const std::string& ruleset_hash) {
  GUANXI_ASSIGN_OR_RETURN(std::vector<PutOutcome> outcomes,
                          put_documents({DocumentTriples{&document, &triples}}, ruleset_hash));
  return outcomes.at(0);
}

Result<std::vector<PutOutcome>> RocksStore::put_documents(const std::vector<DocumentTriples>& documents,
                                                          const std::string& ruleset_hash) {
  if (options_.read_only) return Status::InvalidArgument("store " + dir_ + " is open read-only");
  std::lock_guard lock(write_mu_);
  batch_indexed_.clear();  // whatever an earlier failed call left
  std::vector<PutOutcome> outcomes;
  outcomes.reserve(documents.size());
  rocksdb::WriteBatch plain;
  LoadBatch load(*this);
  rocksdb::WriteBatch& batch = loading_files() ? load : plain;  // replacements: always plain
  uint64_t next_doc_before = next_doc_;
  // Replaces a stored document in a batch of its own (nothing may be pending).
  auto replace = [&](const DocumentTriples& dt) -> Result<PutOutcome> {
    const Document& doc = *dt.document;
    GUANXI_ASSIGN_OR_RETURN(std::optional<DocHead> head, find_doc(doc.id));
    if (!head || head->ruleset == ruleset_hash) return PutOutcome::kUnchanged;  // replaced earlier in this call
    next_doc_before = next_doc_;
    GUANXI_RETURN_IF_ERROR(stage_removal(head->number, plain));
    Status st = stage_document(doc, *dt.triples, head->number, ruleset_hash, plain);
    if (!st.ok()) {
      dict_->abort();
      batch_indexed_.clear();
      plain.Clear();
      return st;
    }
    GUANXI_RETURN_IF_ERROR(commit(plain, next_doc_before, ruleset_hash, /*direct=*/true));
    if (loading_files()) next_doc_loaded_ = next_doc_;
    return PutOutcome::kReplaced;
  };
  // load_files: replacements wait for the end of the call, then the buffer is ingested once
  // (a replacement reads the store, and must not use terms only the buffer holds).
  std::vector<size_t> deferred;
  std::unordered_set<std::string_view> in_batch;
  // The stored heads of the documents and the terms of those to be written, read in two
  // sorted MultiGets instead of one Get per document and per term as it is met (these
  // dominated a large bulk load). With load_files nothing is written to the store before
  // the end of the loop, so the heads read here stay true for it; otherwise they only
  // choose what to prefetch (a replacement commits, and the loop reads again).
  GUANXI_ASSIGN_OR_RETURN(std::vector<std::optional<DocHead>> heads, find_docs(documents));
  // With load_files, every document the loop writes is resolved here (nothing commits
  // terms before its end): stage_document then finds each term's id by index.
  std::vector<size_t> first_ref(documents.size(), 0);
  if (loading_files()) {
    std::vector<const std::vector<Triple>*> lists;
    size_t refs = 0;
    for (size_t i = 0; i < documents.size(); ++i) {
      if (heads[i] || buffered_ruleset(documents[i].document->id)) continue;
      first_ref[i] = refs;
      refs += 3 * documents[i].triples->size();
      lists.push_back(documents[i].triples);
    }
    GUANXI_RETURN_IF_ERROR(dict_->resolve(lists, resolved_));
  } else {
    std::vector<std::string_view> nodes, predicates;
    for (size_t i = 0; i < documents.size(); ++i) {
      if (heads[i]) continue;
      for (const Triple& t : *documents[i].triples) {
        nodes.push_back(t.subject.id);
        nodes.push_back(t.object.id);
        predicates.push_back(t.predicate);
      }
    }
    GUANXI_RETURN_IF_ERROR(dict_->prefetch(std::move(nodes), std::move(predicates)));
  }
  for (size_t i = 0; i < documents.size(); ++i) {
    const DocumentTriples& dt = documents[i];
    const Document& doc = *dt.document;
    if (doc.id.empty()) return Status::InvalidArgument("a document without an id (content hash)");
    if (in_batch.count(doc.id)) {
      outcomes.push_back(PutOutcome::kUnchanged);
      continue;
    }
    if (const std::string* buffered = buffered_ruleset(doc.id)) {
      // Buffered already: the same, or to be replaced once the buffer is in.
      outcomes.push_back(PutOutcome::kUnchanged);
      if (*buffered != ruleset_hash) deferred.push_back(i);
      continue;
    }
    std::optional<DocHead> head = std::move(heads[i]);
    if (!loading_files()) {  // replacements earlier in this call may have written it
      GUANXI_ASSIGN_OR_RETURN(head, find_doc(doc.id));
    }
    if (head && head->ruleset == ruleset_hash) {
      outcomes.push_back(PutOutcome::kUnchanged);
      continue;
    }
    if (head && loading_files()) {
      outcomes.push_back(PutOutcome::kUnchanged);
      deferred.push_back(i);
      continue;
    }
    if (head) {
      // Replacing reads what is stored: write what is pending first, then replace alone.
      GUANXI_RETURN_IF_ERROR(commit(batch, next_doc_before, ruleset_hash));
      in_batch.clear();
      GUANXI_ASSIGN_OR_RETURN(PutOutcome outcome, replace(dt));
      outcomes.push_back(outcome);
      next_doc_before = next_doc_;
      continue;
    }
    Status st = stage_document(doc, *dt.triples, next_doc_++, ruleset_hash, batch,
                               loading_files() ? resolved_.refs.data() + first_ref[i] : nullptr);
    if (!st.ok()) {
      dict_->abort();
      batch_indexed_.clear();
      next_doc_ = next_doc_before;
      if (loading_files()) discard_buffer();  // its staged terms went with the abort
      return st;
    }
    in_batch.insert(doc.id);
    if (loading_files()) load_docs_.emplace(doc.id, ruleset_hash);
    outcomes.push_back(PutOutcome::kAdded);
  }
  GUANXI_RETURN_IF_ERROR(commit(batch, next_doc_before, ruleset_hash));
  if (!deferred.empty()) {
    GUANXI_RETURN_IF_ERROR(ingest_buffer());
    for (size_t i : deferred) {
      GUANXI_ASSIGN_OR_RETURN(outcomes[i], replace(documents[i]));
    }
  }
  return outcomes;
}

Status RocksStore::scan(const TriplePattern& pattern, const std::function<bool(const Triple&)>& visit) const {
  RocksReader reader(*this);
  return reader.scan(pattern, visit);
}

Status RocksStore::scan_distinct(const TriplePattern& pattern, const std::function<bool(const Triple&)>& visit) const {
  RocksReader reader(*this);
  return reader.scan_distinct(pattern, visit);
}

std::unique_ptr<StoreReader> RocksStore::reader() const { return std::make_unique<RocksReader>(*this); }

Result<std::optional<Document>> RocksStore::get_document(const std::string& id) const {
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), docs_, id, &value);
  if (s.IsNotFound()) return std::optional<Document>();
  if (!s.ok()) return from_rocks(s, "reading document " + id);
  GUANXI_ASSIGN_OR_RETURN(Document d, decode_doc(id, value));
  return std::optional<Document>(std::move(d));
}

Status RocksStore::for_each_document(const std::function<bool(const Document&)>& visit) const {
  rocksdb::ReadOptions ro;
  std::unique_ptr<const rocksdb::Snapshot, std::function<void(const rocksdb::Snapshot*)>> snapshot(
      options_.read_only ? nullptr : db_->GetSnapshot(), [this](const rocksdb::Snapshot* s) {
        if (s) db_->ReleaseSnapshot(s);
      });
  ro.snapshot = snapshot.get();
  Status inner;
  GUANXI_RETURN_IF_ERROR(for_prefix(db_.get(), docs_, ro, kDocsFamily, "",
                                    [&](std::string_view k, std::string_view v) {
                                      Result<Document> d = decode_doc(k, v);
                                      if (!d.ok()) {
                                        inner = d.status();
                                        return false;
                                      }
                                      return visit(*d);
                                    }));
  return inner;
}

bool RocksStore::has_triples(TermId id) const {
  bool found = false;
  auto any = [&](std::string_view, std::string_view) { return !(found = true); };
  Status s = for_prefix(db_.get(), spo_, rocksdb::ReadOptions(), kSpoFamily, id_prefix(id), any);
  if (s.ok() && !found) s = for_prefix(db_.get(), osp_, rocksdb::ReadOptions(), kOspFamily, id_prefix(id), any);
  return found || !s.ok();  // on a read error keep the node: the caller's next read reports it
}

Result<std::vector<Node>> RocksStore::find_nodes(const std::string& label, std::optional<NodeType> type) const {
  GUANXI_ASSIGN_OR_RETURN(std::vector<TermId> ids, dict_->find_label(label));
  std::vector<Node> nodes;
  for (TermId id : ids) {
    GUANXI_ASSIGN_OR_RETURN(std::shared_ptr<const Term> term, dict_->decode(id));
    if (term->is_predicate || (type && term->node.type != *type)) continue;
    if (!has_triples(id)) continue;  // left behind by a replaced document
    nodes.push_back(term->node);
  }
  return nodes;
}

StoreMemory RocksStore::memory() const {
  StoreMemory m;
  // Every family shares one cache: any handle reports it.
  uint64_t v = 0;
  if (db_->GetIntProperty(handles_[0], rocksdb::DB::Properties::kBlockCacheUsage, &v)) m.block_cache = v;
  if (db_->GetAggregatedIntProperty(rocksdb::DB::Properties::kEstimateTableReadersMem, &v)) m.table_readers = v;
  if (db_->GetAggregatedIntProperty(rocksdb::DB::Properties::kCurSizeAllMemTables, &v)) m.memtables = v;
  m.cached_terms = dict_->cached();
  if (!options_.read_only) {
    std::lock_guard lock(write_mu_);
    // The flight's thread sorts and reads its buffers but never resizes them.
    for (const LoadBuffer& b : load_) m.load_buffers += b.allocated();
    for (const LoadBuffer& b : flight_.buffers) m.load_buffers += b.allocated();
  }
  return m;
}

Result<uint64_t> RocksStore::count_keys(rocksdb::ColumnFamilyHandle* cf) const {
  uint64_t n = 0;
  rocksdb::ReadOptions ro;
  ro.total_order_seek = true;
  ro.fill_cache = false;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, cf));
  for (it->SeekToFirst(); it->Valid(); it->Next()) ++n;
  if (!it->status().ok()) return from_rocks(it->status(), "counting " + cf->GetName());
  return n;
}

Result<StoreStats> RocksStore::stats() const {
  StoreStats st;
  GUANXI_ASSIGN_OR_RETURN(st.documents, count_keys(docs_));
  GUANXI_ASSIGN_OR_RETURN(st.triples, count_keys(spo_));
  GUANXI_ASSIGN_OR_RETURN(st.provenance, count_keys(prov_));
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), meta_, std::string(kNextTermKey), &value);
  if (s.ok() && value.size() == kIdSize) st.terms = get_fixed64(value.data()) - 1;
  return st;
}

}  // namespace store
}  // namespace guanxi
