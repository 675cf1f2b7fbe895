#include "store/rocks_reader.h"

#include <algorithm>

#include "store/records.h"
#include "store/rocks_store.h"
#include "store/rocks_util.h"
#include "store/schema.h"

namespace guanxi::store {
namespace {

bool in_range(const std::string& date, const TriplePattern& p) {
  if (p.since.empty() && p.until.empty()) return true;
  if (date.empty()) return false;
  if (!p.since.empty() && date < p.since) return false;
  // until "2024-03-31" admits "2024-03-31" and "2024-03-31T10:00"; compare the common length.
  if (!p.until.empty() && date.substr(0, p.until.size()) > p.until) return false;
  return true;
}

constexpr std::string_view kFamilyNames[] = {kSpoFamily, kPosFamily, kOspFamily, kProvFamily, kEventsFamily};

}  // namespace

RocksReader::RocksReader(const RocksStore& store) : store_(store) {
  if (!store_.options_.read_only) snapshot_ = store_.db_->GetSnapshot();
}

RocksReader::~RocksReader() {
  for (auto& it : bloom_) it.reset();
  for (auto& it : total_) it.reset();
  if (snapshot_) store_.db_->ReleaseSnapshot(snapshot_);
}

rocksdb::Iterator* RocksReader::cursor(Family family, size_t prefix_size) {
  const bool total_order = prefix_size == 0 || prefix_size < prefix_length(kFamilyNames[family]);
  auto& slot = total_order ? total_[family] : bloom_[family];
  if (!slot) {
    rocksdb::ReadOptions ro;
    ro.snapshot = snapshot_;
    ro.total_order_seek = total_order;
    rocksdb::ColumnFamilyHandle* cf = family == kSpo    ? store_.spo_
                                      : family == kPos  ? store_.pos_
                                      : family == kOsp  ? store_.osp_
                                      : family == kProv ? store_.prov_
                                                        : store_.events_;
    slot.reset(store_.db_->NewIterator(ro, cf));
  }
  return slot.get();
}

template <class F>
Status RocksReader::each(Family family, const std::string& prefix, F&& f) {
  return for_prefix(cursor(family, prefix.size()), kFamilyNames[family], prefix, std::forward<F>(f));
}

Result<const Term*> RocksReader::term(TermId id) {
  // Prefix scans repeat the ids of their prefix, and who-met sees the same people again and
  // again: keep the query's recent terms here.
  Recent& slot = recent_[id % recent_.size()];
  if (slot.id != id || !slot.term) {
    GUANXI_ASSIGN_OR_RETURN(slot.term, store_.dict_->decode(id));
    slot.id = id;
  }
  return slot.term.get();
}

Result<bool> RocksReader::resolve(const TripleIds& ids, const TriplePattern& pattern, Triple& t) {
  GUANXI_ASSIGN_OR_RETURN(const Term* s, term(ids.s));
  GUANXI_ASSIGN_OR_RETURN(const Term* o, term(ids.o));
  GUANXI_ASSIGN_OR_RETURN(const Term* p, term(ids.p));
  if (s->is_predicate || o->is_predicate || !p->is_predicate) {
    return Status::Corruption("triple " + std::to_string(ids.s) + " " + std::to_string(ids.p) + " " +
                              std::to_string(ids.o) + " mixes up nodes and predicates");
  }
  if (pattern.subject_type && s->node.type != *pattern.subject_type) return false;
  if (pattern.object_type && o->node.type != *pattern.object_type) return false;
  t.subject = s->node;
  t.predicate = p->predicate;
  t.object = o->node;
  return true;
}

Result<const EvidenceTables*> RocksReader::tables(uint64_t doc) {
  if (evidence_.empty()) evidence_.resize(256);
  Evidence& slot = evidence_[doc % evidence_.size()];
  if (slot.doc == doc) return &slot.tables;
  slot.doc = 0;
  rocksdb::ReadOptions ro;
  ro.snapshot = snapshot_;
  rocksdb::Status s = store_.db_->Get(ro, store_.doc_triples_, evidence_key(doc), &slot.value);
  if (s.IsNotFound()) {
    return Status::Corruption("the evidence tables of document #" + std::to_string(doc) + " are missing");
  }
  if (!s.ok()) return from_rocks(s, "reading the evidence tables of document #" + std::to_string(doc));
  if (!decode_evidence_tables(slot.value, &slot.tables)) {
    return Status::Corruption("the evidence tables of document #" + std::to_string(doc) + " are damaged");
  }
  slot.doc = doc;
  return &slot.tables;
}

Result<bool> RocksReader::visit_record(const TripleIds& ids, std::string_view key, std::string_view value,
                                       const TriplePattern& pattern, const std::function<bool(const Triple&)>& visit) {
  Triple t;
  if (key.size() != kProvKeySize) return Status::Corruption("damaged provenance key");
  GUANXI_ASSIGN_OR_RETURN(const EvidenceTables* tables, this->tables(prov_doc_number(key)));
  if (!decode_prov(key, value, *tables, &t.provenance)) return Status::Corruption("damaged provenance record");
  if (!in_range(t.provenance.date, pattern)) return true;
  GUANXI_ASSIGN_OR_RETURN(bool admitted, resolve(ids, pattern, t));
  return admitted ? visit(t) : true;
}

Result<bool> RocksReader::visit_distinct(const TripleIds& ids, const TriplePattern& pattern,
                                         const std::function<bool(const Triple&)>& visit) {
  Triple t;
  GUANXI_ASSIGN_OR_RETURN(bool admitted, resolve(ids, pattern, t));
  return admitted ? visit(t) : true;
}

Status RocksReader::evidence(const TripleIds& ids, const TriplePattern& pattern,
                             const std::function<bool(const Triple&)>& visit, bool* stop) {
  Status inner;
  GUANXI_RETURN_IF_ERROR(each(kProv, spo_key(ids), [&](std::string_view k, std::string_view v) {
    Result<bool> more = visit_record(ids, k, v, pattern, visit);
    if (!more.ok()) inner = more.status();
    if (!more.ok() || !*more) *stop = true;
    return !*stop;
  }));
  return inner;
}

Status RocksReader::walk(const TriplePattern& pattern, bool distinct, const std::function<bool(const Triple&)>& visit) {
  const TermDictionary& dict = *store_.dict_;
  std::optional<TermId> s, p, o;
  if (pattern.subject) {
    GUANXI_ASSIGN_OR_RETURN(s, dict.find_node(*pattern.subject));
    if (!s) return Status::Ok();
  }
  if (pattern.predicate) {
    GUANXI_ASSIGN_OR_RETURN(p, dict.find_predicate(*pattern.predicate));
    if (!p) return Status::Ok();
  }
  if (pattern.object) {
    GUANXI_ASSIGN_OR_RETURN(o, dict.find_node(*pattern.object));
    if (!o) return Status::Ok();
  }
  bool stop = false;
  Status inner;
  // One index entry: its evidence, or the triple alone.
  auto one = [&](const TripleIds& ids) {
    if (distinct) {
      Result<bool> more = visit_distinct(ids, pattern, visit);
      if (!more.ok()) inner = more.status();
      stop = !more.ok() || !*more;
    } else {
      inner = evidence(ids, pattern, visit, &stop);
    }
    return inner.ok() && !stop;
  };

  if (!s && !p && !o && !distinct) {  // everything: prov is already in triple order
    GUANXI_RETURN_IF_ERROR(each(kProv, "", [&](std::string_view k, std::string_view v) {
      if (k.size() != kProvKeySize) {
        inner = Status::Corruption("damaged provenance key");
        return false;
      }
      Result<bool> more = visit_record(from_spo_key(k), k, v, pattern, visit);
      if (!more.ok()) inner = more.status();
      return more.ok() && *more;
    }));
    return inner;
  }
  if (s && p && o) {
    const TripleIds ids{*s, *p, *o};
    if (!distinct) return evidence(ids, pattern, visit, &stop);
    bool exists = false;
    GUANXI_RETURN_IF_ERROR(each(kSpo, spo_key(ids), [&](std::string_view, std::string_view) {
      return !(exists = true);
    }));
    if (exists) one(ids);
    return inner;
  }

  // The index whose keys start with the bound ids.
  Family family = kSpo;
  std::string prefix;
  TripleIds (*decode)(std::string_view) = from_spo_key;
  if (s && o) {
    family = kOsp, prefix = id_prefix(*o, *s), decode = from_osp_key;
  } else if (s) {
    family = kSpo, prefix = p ? id_prefix(*s, *p) : id_prefix(*s), decode = from_spo_key;
  } else if (o) {
    if (p) {
      family = kPos, prefix = id_prefix(*p, *o), decode = from_pos_key;
    } else {
      family = kOsp, prefix = id_prefix(*o), decode = from_osp_key;
    }
  } else if (p) {
    family = kPos, prefix = id_prefix(*p), decode = from_pos_key;
  }  // else: distinct over everything, spo with an empty prefix
  GUANXI_RETURN_IF_ERROR(each(family, prefix, [&](std::string_view k, std::string_view) {
    if (k.size() != kTripleKeySize) {
      inner = Status::Corruption("damaged " + std::string(kFamilyNames[family]) + " key");
      return false;
    }
    const TripleIds ids = decode(k);
    if (p && ids.p != *p) return true;  // osp prefix (o, s) with a predicate bound
    return one(ids);
  }));
  return inner;
}

Status RocksReader::events_of(const std::string& person_id,
                              const std::function<bool(const EventPresence&)>& visit) {
  const TermDictionary& dict = *store_.dict_;
  GUANXI_ASSIGN_OR_RETURN(std::optional<TermId> person, dict.find_node(person_id));
  if (!person) return Status::Ok();
  // The person's events and the documents that reported them, from the keys of prov
  // (person, attended|chaired, event, document, ...): one seek per predicate, then a run of
  // adjacent keys. Each (event, document) is the key of one event card.
  std::vector<std::string> cards;
  for (std::string_view predicate : {kAttended, kChaired}) {
    GUANXI_ASSIGN_OR_RETURN(std::optional<TermId> p, dict.find_predicate(predicate));
    if (!p) continue;
    GUANXI_RETURN_IF_ERROR(each(kProv, id_prefix(*person, *p), [&](std::string_view k, std::string_view) {
      if (k.size() == kProvKeySize) {
        cards.push_back(id_prefix(from_spo_key(k).o, prov_doc_number(k)));
      }
      return true;
    }));
  }
  std::sort(cards.begin(), cards.end());
  cards.erase(std::unique(cards.begin(), cards.end()), cards.end());
  // The cards by sorted MultiGet (far cheaper than a seek each: the lookups share their
  // files' index and filter blocks), decoded in place; in batches, so that a leader with
  // thousands of events pins a bounded number of blocks at a time.
  constexpr size_t kBatch = 1024;
  std::vector<rocksdb::Slice> keys;
  std::vector<rocksdb::PinnableSlice> values(std::min(cards.size(), kBatch));
  std::vector<rocksdb::Status> statuses(values.size());
  rocksdb::ReadOptions ro;
  ro.snapshot = snapshot_;
  EventPresence card;
  for (size_t from = 0; from < cards.size(); from += kBatch) {
    const size_t n = std::min(kBatch, cards.size() - from);
    keys.assign(cards.begin() + from, cards.begin() + from + n);
    for (size_t i = 0; i < n; ++i) values[i].Reset();
    store_.db_->MultiGet(ro, store_.events_, n, keys.data(), values.data(), statuses.data(), /*sorted_input=*/true);
    for (size_t i = 0; i < n; ++i) {
      if (statuses[i].IsNotFound()) continue;  // a presence whose document wrote no card
      if (!statuses[i].ok()) return from_rocks(statuses[i], "reading the events family");
      if (!decode_event_card(view(values[i]), &card)) {
        return Status::Corruption("damaged event card of term " + std::to_string(get_fixed64(keys[i].data())));
      }
      if (!visit(card)) return Status::Ok();
    }
  }
  return Status::Ok();
}

Status RocksReader::scan(const TriplePattern& pattern, const std::function<bool(const Triple&)>& visit) {
  return walk(pattern, /*distinct=*/false, visit);
}

Status RocksReader::scan_distinct(const TriplePattern& pattern, const std::function<bool(const Triple&)>& visit) {
  return walk(pattern, /*distinct=*/true, visit);
}

}  // namespace guanxi::store
