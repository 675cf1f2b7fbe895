#include "store/term_dictionary.h"

#include <algorithm>
#include <cstring>
#include <memory>

#include "store/rocks_util.h"

namespace guanxi::store {
namespace {

// Key families inside the `terms` column family (docs/storage.md).
constexpr char kNodeKey = 'n';       // 'n' + node id        -> id
constexpr char kPredicateKey = 'p';  // 'p' + predicate      -> id
constexpr char kIdKey = 'i';         // 'i' + id             -> record
constexpr char kLabelKey = 'l';      // 'l' + lp(label) + id -> ""
// Record kinds.
constexpr char kNodeRecord = 'N';
constexpr char kPredicateRecord = 'P';

std::string node_key(std::string_view node_id) {
  std::string k(1, kNodeKey);
  k.append(node_id);
  return k;
}

std::string predicate_key(std::string_view predicate) {
  std::string k(1, kPredicateKey);
  k.append(predicate);
  return k;
}

std::string id_key(TermId id) {
  std::string k(1, kIdKey);
  put_fixed64(k, id);
  return k;
}

std::string label_prefix(std::string_view label) {
  std::string k(1, kLabelKey);
  put_length_prefixed(k, label);
  return k;
}


// A fast hash of a short string, for the per-call term table (never stored): eight bytes
// at a time, where std::hash goes byte by byte through murmur's tail.
size_t short_hash(std::string_view v) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ v.size();
  const char* p = v.data();
  size_t n = v.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  uint64_t w = 0;
  std::memcpy(&w, p, n);
  h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 29);
}

}  // namespace

TermDictionary::TermDictionary(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* terms,
                               rocksdb::ColumnFamilyHandle* meta, size_t cache_limit)
    : db_(db), terms_(terms), meta_(meta), cache_limit_(cache_limit) {}

Status TermDictionary::load_counter() {
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), meta_, std::string(kNextTermKey), &value);
  if (s.IsNotFound()) {
    next_id_ = committed_next_id_ = 1;
    return Status::Ok();
  }
  if (!s.ok()) return from_rocks(s, "reading the term counter");
  if (value.size() != 8) return Status::Corruption("meta/next_term is not an 8-byte counter");
  next_id_ = committed_next_id_ = get_fixed64(value.data());
  if (next_id_ == 0) return Status::Corruption("meta/next_term is 0");
  return Status::Ok();
}

uint64_t TermDictionary::allocated() const {
  std::lock_guard lock(mu_);
  return committed_next_id_ - 1;
}

size_t TermDictionary::cached() const {
  std::lock_guard lock(mu_);
  return ids_.size() + old_ids_.size() + terms_cache_.size();
}

std::optional<TermId> TermDictionary::cached(const std::string& key) const {
  if (auto it = ids_.find(key); it != ids_.end()) return it->second;
  auto it = old_ids_.find(key);
  if (it == old_ids_.end()) return std::nullopt;
  const TermId id = it->second;
  remember(key, id);  // in use: keep it past the next rotation
  return id;
}

void TermDictionary::remember(const std::string& key, TermId id) const {
  if (ids_.size() >= std::max<size_t>(cache_limit_ / 2, 1)) {
    old_ids_ = std::move(ids_);
    ids_ = {};
  }
  ids_.emplace(key, id);
}

Result<std::optional<TermId>> TermDictionary::find(const std::string& key) const {
  {
    std::lock_guard lock(mu_);
    if (std::optional<TermId> id = cached(key)) return id;
  }
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), terms_, key, &value);
  if (s.IsNotFound()) return std::optional<TermId>();
  if (!s.ok()) return from_rocks(s, "reading the term dictionary");
  if (value.size() != kIdSize) return Status::Corruption("term '" + key.substr(1) + "' has a damaged id");
  TermId id = get_fixed64(value.data());
  std::lock_guard lock(mu_);
  remember(key, id);
  return std::optional<TermId>(id);
}

Status TermDictionary::prefetch(std::vector<std::string_view> node_ids, std::vector<std::string_view> predicates) {
  absent_.clear();
  std::vector<std::string> keys;
  keys.reserve(node_ids.size() + predicates.size());
  // Most values repeat (an event in each of its triples, the busiest people in every
  // document): a direct-mapped table of the values just seen drops most repeats before the
  // cache lookups; what it misses is dropped by the sort below.
  seen_.assign(4096, {0, std::string_view()});
  for (auto* list : {&node_ids, &predicates}) {
    const char kind = list == &node_ids ? kNodeKey : kPredicateKey;
    std::lock_guard lock(mu_);
    for (std::string_view v : *list) {
      const size_t h = std::hash<std::string_view>()(v);
      auto& slot = seen_[h & (seen_.size() - 1)];
      if (slot.first == h && slot.second == v) continue;
      slot = {h, v};
      key_scratch_.assign(1, kind).append(v);
      if (staged_.count(key_scratch_) || cached(key_scratch_)) continue;
      keys.push_back(key_scratch_);
    }
  }
  if (keys.empty()) return Status::Ok();
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::vector<rocksdb::Slice> slices(keys.begin(), keys.end());
  std::vector<rocksdb::PinnableSlice> values(keys.size());
  std::vector<rocksdb::Status> statuses(keys.size());
  db_->MultiGet(rocksdb::ReadOptions(), terms_, keys.size(), slices.data(), values.data(), statuses.data(),
                /*sorted_input=*/true);
  std::lock_guard lock(mu_);
  for (size_t i = 0; i < keys.size(); ++i) {
    if (statuses[i].IsNotFound()) {
      absent_.insert(std::move(keys[i]));
      continue;
    }
    if (!statuses[i].ok()) {
      absent_.clear();
      return from_rocks(statuses[i], "reading the term dictionary");
    }
    if (values[i].size() != kIdSize) {
      absent_.clear();
      return Status::Corruption("term '" + keys[i].substr(1) + "' has a damaged id");
    }
    remember(keys[i], get_fixed64(values[i].data()));
  }
  return Status::Ok();
}

Result<std::optional<TermId>> TermDictionary::find_node(std::string_view node_id) const {
  return find(node_key(node_id));
}

Result<std::optional<TermId>> TermDictionary::find_predicate(std::string_view predicate) const {
  return find(predicate_key(predicate));
}

Status TermDictionary::resolve(const std::vector<const std::vector<Triple>*>& triples, ResolvedTerms& out) {
  out.clear();
  size_t values = 0;
  for (const auto* list : triples) values += 3 * list->size();
  size_t capacity = 1024;
  while (capacity < 2 * values) capacity *= 2;
  out.table.assign(capacity, 0);
  auto ref = [&](std::string_view value, bool predicate) {
    const size_t h = short_hash(value) ^ (predicate ? 0x9E3779B97F4A7C15ull : 0);
    for (size_t k = h & (capacity - 1);; k = (k + 1) & (capacity - 1)) {
      const uint32_t slot = out.table[k];
      if (slot == 0) {
        out.terms.push_back({h, value, predicate, 0});
        out.table[k] = static_cast<uint32_t>(out.terms.size());
        out.refs.push_back(out.table[k] - 1);
        return;
      }
      const ResolvedTerms::Term& t = out.terms[slot - 1];
      if (t.hash == h && t.predicate == predicate && t.value == value) {
        out.refs.push_back(slot - 1);
        return;
      }
    }
  };
  for (const auto* list : triples) {
    for (const Triple& t : *list) {
      ref(t.subject.id, false);
      ref(t.predicate, true);
      ref(t.object.id, false);
    }
  }
  // Each distinct term once: staged, cached, or to be read.
  std::vector<std::pair<std::string, uint32_t>> missing;
  {
    std::lock_guard lock(mu_);
    for (uint32_t i = 0; i < out.terms.size(); ++i) {
      ResolvedTerms::Term& t = out.terms[i];
      key_scratch_.assign(1, t.predicate ? kPredicateKey : kNodeKey).append(t.value);
      // The cache first: most terms of a call are people met before (a term is never both).
      if (std::optional<TermId> id = cached(key_scratch_)) {
        t.id = *id;
      } else if (auto it = staged_.find(key_scratch_); it != staged_.end()) {
        t.id = it->second;
      } else {
        missing.emplace_back(key_scratch_, i);
      }
    }
  }
  if (missing.empty()) return Status::Ok();
  std::sort(missing.begin(), missing.end());
  std::vector<rocksdb::Slice> slices;
  slices.reserve(missing.size());
  for (const auto& m : missing) slices.emplace_back(m.first);
  std::vector<rocksdb::PinnableSlice> found(missing.size());
  std::vector<rocksdb::Status> statuses(missing.size());
  db_->MultiGet(rocksdb::ReadOptions(), terms_, slices.size(), slices.data(), found.data(), statuses.data(),
                /*sorted_input=*/true);
  std::lock_guard lock(mu_);
  for (size_t k = 0; k < missing.size(); ++k) {
    if (statuses[k].IsNotFound()) continue;  // new: id 0
    if (!statuses[k].ok()) return from_rocks(statuses[k], "reading the term dictionary");
    if (found[k].size() != kIdSize) {
      return Status::Corruption("term '" + missing[k].first.substr(1) + "' has a damaged id");
    }
    const TermId id = get_fixed64(found[k].data());
    out.terms[missing[k].second].id = id;
    remember(missing[k].first, id);
  }
  return Status::Ok();
}

Result<TermId> TermDictionary::intern_resolved(ResolvedTerms& resolved, uint32_t index, const Node* node,
                                               rocksdb::WriteBatch& batch) {
  ResolvedTerms::Term& t = resolved.terms[index];
  if (t.id != 0) return t.id;
  std::string record;
  if (t.predicate) {
    key_scratch_.assign(1, kPredicateKey).append(t.value);
    record.assign(1, kPredicateRecord);
    put_length_prefixed(record, t.value);
    GUANXI_ASSIGN_OR_RETURN(t.id, allocate(std::move(record), {}, batch));
  } else {
    key_scratch_.assign(1, kNodeKey).append(t.value);
    record.assign(1, kNodeRecord);
    record += static_cast<char>(node->type);
    put_length_prefixed(record, node->id);
    put_length_prefixed(record, node->label);
    GUANXI_ASSIGN_OR_RETURN(t.id, allocate(std::move(record), node->label, batch));
  }
  return t.id;
}

Result<std::optional<TermId>> TermDictionary::resolve_scratch() {
  if (auto it = staged_.find(key_scratch_); it != staged_.end()) return std::optional<TermId>(it->second);
  {
    std::lock_guard lock(mu_);
    if (std::optional<TermId> id = cached(key_scratch_)) return id;
  }
  if (absent_.count(key_scratch_)) return std::optional<TermId>();  // prefetched: new
  return find(key_scratch_);
}

Result<TermId> TermDictionary::allocate(std::string record, std::string_view label, rocksdb::WriteBatch& batch) {
  const TermId id = next_id_++;
  std::string id_bytes;
  put_fixed64(id_bytes, id);
  rocksdb::Status s = batch.Put(terms_, key_scratch_, id_bytes);
  if (s.ok()) s = batch.Put(terms_, id_key(id), record);
  if (s.ok() && key_scratch_[0] == kNodeKey) s = batch.Put(terms_, label_prefix(label) + id_bytes, "");
  if (!s.ok()) return from_rocks(s, "staging a term");
  staged_.emplace(key_scratch_, id);
  return id;
}

Result<TermId> TermDictionary::intern_node(const Node& node, rocksdb::WriteBatch& batch) {
  // Most terms of a bulk load are known already: answer those before building the record,
  // with the key in a reused buffer (no allocation).
  key_scratch_.assign(1, kNodeKey).append(node.id);
  GUANXI_ASSIGN_OR_RETURN(std::optional<TermId> found, resolve_scratch());
  if (found) return *found;
  std::string record(1, kNodeRecord);
  record += static_cast<char>(node.type);
  put_length_prefixed(record, node.id);
  put_length_prefixed(record, node.label);
  return allocate(std::move(record), node.label, batch);
}

Result<TermId> TermDictionary::intern_predicate(std::string_view predicate, rocksdb::WriteBatch& batch) {
  key_scratch_.assign(1, kPredicateKey).append(predicate);
  GUANXI_ASSIGN_OR_RETURN(std::optional<TermId> found, resolve_scratch());
  if (found) return *found;
  std::string record(1, kPredicateRecord);
  put_length_prefixed(record, predicate);
  return allocate(std::move(record), {}, batch);
}

Status TermDictionary::stage_counter(rocksdb::WriteBatch& batch) {
  if (next_id_ == committed_next_id_) return Status::Ok();
  std::string v;
  put_fixed64(v, next_id_);
  rocksdb::Status s = batch.Put(meta_, std::string(kNextTermKey), v);
  return s.ok() ? Status::Ok() : from_rocks(s, "staging the term counter");
}

void TermDictionary::commit() {
  // New terms are not cached: most are met once (an article, its events); the others are
  // read back at their next use (or by the next prefetch).
  std::lock_guard lock(mu_);
  staged_.clear();
  absent_.clear();  // some are in the store now
  committed_next_id_ = next_id_;
}

void TermDictionary::commit_through(uint64_t next) {
  std::lock_guard lock(mu_);
  for (auto it = staged_.begin(); it != staged_.end();) {
    it = it->second < next ? staged_.erase(it) : std::next(it);
  }
  absent_.clear();
  committed_next_id_ = next;
  next_id_ = std::max(next_id_, next);  // an abort since went back before the flight
}

void TermDictionary::abort() {
  staged_.clear();
  absent_.clear();
  next_id_ = committed_next_id_;
}

Result<std::shared_ptr<const Term>> TermDictionary::decode(TermId id) const {
  {
    std::lock_guard lock(mu_);
    if (auto it = terms_cache_.find(id); it != terms_cache_.end()) return it->second;
  }
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), terms_, id_key(id), &value);
  if (s.IsNotFound()) return Status::Corruption("term id " + std::to_string(id) + " is not in the dictionary");
  if (!s.ok()) return from_rocks(s, "reading the term dictionary");
  std::string_view in(value);
  auto decoded = std::make_shared<Term>();
  Term& term = *decoded;
  bool ok = !in.empty();
  if (ok && in[0] == kNodeRecord && in.size() >= 2) {
    const auto type = static_cast<unsigned char>(in[1]);
    in.remove_prefix(2);
    ok = type < std::size(kAllNodeTypes) && get_length_prefixed(&in, &term.node.id) &&
         get_length_prefixed(&in, &term.node.label);
    if (ok) term.node.type = static_cast<NodeType>(type);
  } else if (ok && in[0] == kPredicateRecord) {
    in.remove_prefix(1);
    term.is_predicate = true;
    ok = get_length_prefixed(&in, &term.predicate);
  } else {
    ok = false;
  }
  if (!ok) return Status::Corruption("term id " + std::to_string(id) + " has a damaged record");
  std::lock_guard lock(mu_);
  if (terms_cache_.size() >= cache_limit_) terms_cache_.clear();
  // Queries look up the ids of nodes they just read (an event's people): remember both ways.
  remember(term.is_predicate ? predicate_key(term.predicate) : node_key(term.node.id), id);
  terms_cache_.emplace(id, decoded);
  return std::shared_ptr<const Term>(std::move(decoded));
}

Result<std::vector<TermId>> TermDictionary::find_label(std::string_view label) const {
  const std::string prefix = label_prefix(label);
  std::vector<TermId> ids;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), terms_));
  for (it->Seek(prefix); it->Valid(); it->Next()) {
    rocksdb::Slice k = it->key();
    if (!has_prefix(std::string_view(k.data(), k.size()), prefix)) break;
    if (k.size() != prefix.size() + kIdSize) return Status::Corruption("damaged label index entry");
    ids.push_back(get_fixed64(k.data() + prefix.size()));
  }
  if (!it->status().ok()) return from_rocks(it->status(), "reading the label index");
  return ids;
}

}  // namespace guanxi::store
