#include "store/term_dictionary.h"

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

Result<std::optional<TermId>> TermDictionary::find(const std::string& key) const {
  {
    std::lock_guard lock(mu_);
    if (auto it = ids_.find(key); it != ids_.end()) return std::optional<TermId>(it->second);
  }
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), terms_, key, &value);
  if (s.IsNotFound()) return std::optional<TermId>();
  if (!s.ok()) return from_rocks(s, "reading the term dictionary");
  if (value.size() != kIdSize) return Status::Corruption("term '" + key.substr(1) + "' has a damaged id");
  TermId id = get_fixed64(value.data());
  std::lock_guard lock(mu_);
  if (ids_.size() >= cache_limit_) ids_.clear();
  ids_.emplace(key, id);
  return std::optional<TermId>(id);
}

Result<std::optional<TermId>> TermDictionary::find_node(std::string_view node_id) const {
  return find(node_key(node_id));
}

Result<std::optional<TermId>> TermDictionary::find_predicate(std::string_view predicate) const {
  return find(predicate_key(predicate));
}

Result<TermId> TermDictionary::intern(std::string key, std::string record, std::string_view label,
                                      rocksdb::WriteBatch& batch) {
  if (auto it = staged_.find(key); it != staged_.end()) return it->second;
  GUANXI_ASSIGN_OR_RETURN(std::optional<TermId> found, find(key));
  if (found) return *found;
  const TermId id = next_id_++;
  std::string id_bytes;
  put_fixed64(id_bytes, id);
  rocksdb::Status s = batch.Put(terms_, key, id_bytes);
  if (s.ok()) s = batch.Put(terms_, id_key(id), record);
  if (s.ok() && key[0] == kNodeKey) s = batch.Put(terms_, label_prefix(label) + id_bytes, "");
  if (!s.ok()) return from_rocks(s, "staging a term");
  staged_.emplace(std::move(key), id);
  return id;
}

Result<TermId> TermDictionary::intern_node(const Node& node, rocksdb::WriteBatch& batch) {
  // Most terms of a bulk load are known already: answer those before building the record,
  // with the key in a reused buffer (no allocation).
  key_scratch_.assign(1, kNodeKey).append(node.id);
  if (auto it = staged_.find(key_scratch_); it != staged_.end()) return it->second;
  {
    std::lock_guard lock(mu_);
    if (auto it = ids_.find(key_scratch_); it != ids_.end()) return it->second;
  }
  std::string key = key_scratch_;
  std::string record(1, kNodeRecord);
  record += static_cast<char>(node.type);
  put_length_prefixed(record, node.id);
  put_length_prefixed(record, node.label);
  return intern(std::move(key), std::move(record), node.label, batch);
}

Result<TermId> TermDictionary::intern_predicate(std::string_view predicate, rocksdb::WriteBatch& batch) {
  key_scratch_.assign(1, kPredicateKey).append(predicate);
  if (auto it = staged_.find(key_scratch_); it != staged_.end()) return it->second;
  {
    std::lock_guard lock(mu_);
    if (auto it = ids_.find(key_scratch_); it != ids_.end()) return it->second;
  }
  std::string key = key_scratch_;
  std::string record(1, kPredicateRecord);
  put_length_prefixed(record, predicate);
  return intern(std::move(key), std::move(record), {}, batch);
}

Status TermDictionary::stage_counter(rocksdb::WriteBatch& batch) {
  if (next_id_ == committed_next_id_) return Status::Ok();
  std::string v;
  put_fixed64(v, next_id_);
  rocksdb::Status s = batch.Put(meta_, std::string(kNextTermKey), v);
  return s.ok() ? Status::Ok() : from_rocks(s, "staging the term counter");
}

void TermDictionary::commit() {
  std::lock_guard lock(mu_);
  if (ids_.size() + staged_.size() >= cache_limit_) ids_.clear();
  for (auto& [key, id] : staged_) ids_.emplace(key, id);
  staged_.clear();
  committed_next_id_ = next_id_;
}

void TermDictionary::abort() {
  staged_.clear();
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
  if (ids_.size() >= cache_limit_) ids_.clear();
  ids_.emplace(term.is_predicate ? predicate_key(term.predicate) : node_key(term.node.id), id);
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
