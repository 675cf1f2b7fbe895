#include "store/records.h"

#include "store/coding.h"

namespace guanxi::store {

std::string encode_doc(uint64_t number, const std::string& ruleset, const Document& d) {
  std::string v;
  v.reserve(64 + d.text.size());
  put_fixed64(v, number);
  put_length_prefixed(v, ruleset);
  put_length_prefixed(v, d.source);
  put_length_prefixed(v, d.date);
  put_length_prefixed(v, d.title);
  put_length_prefixed(v, d.url);
  put_length_prefixed(v, d.origin);
  put_length_prefixed(v, d.text);
  put_length_prefixed(v, d.record);
  return v;
}

bool decode_doc_head(std::string_view v, uint64_t* number, std::string* ruleset) {
  if (v.size() < kIdSize) return false;
  *number = get_fixed64(v.data());
  v.remove_prefix(kIdSize);
  return get_length_prefixed(&v, ruleset);
}

Result<Document> decode_doc(std::string_view id, std::string_view v) {
  Document d;
  d.id = std::string(id);
  std::string_view skip;
  bool ok = v.size() >= kIdSize;
  if (ok) v.remove_prefix(kIdSize);
  ok = ok && get_length_prefixed(&v, &skip) && get_length_prefixed(&v, &d.source) &&
       get_length_prefixed(&v, &d.date) && get_length_prefixed(&v, &d.title) && get_length_prefixed(&v, &d.url) &&
       get_length_prefixed(&v, &d.origin) && get_length_prefixed(&v, &d.text) && get_length_prefixed(&v, &d.record);
  if (!ok) return Status::Corruption("document " + d.id + " has a damaged record");
  return d;
}

void EvidenceTablesBuilder::clear() {
  contexts_.clear();
  sentences_.clear();
  rules_.clear();
  last_[0] = last_[1] = last_[2] = 0;
}

void EvidenceTablesBuilder::add(const Provenance& p, const std::string& doc_id, uint32_t refs[3]) {
  const std::string& doc = p.doc.empty() ? doc_id : p.doc;
  // The record before is the likeliest match (a sentence's triples come together); then
  // the others, newest first. Tables are small: a document's sentences, rules, articles.
  auto find = [](auto& table, uint32_t& last, auto&& same, auto&& make) {
    if (last < table.size() && same(table[last])) return last;
    for (size_t k = table.size(); k-- > 0;) {
      if (same(table[k])) return last = static_cast<uint32_t>(k);
    }
    table.push_back(make());
    return last = static_cast<uint32_t>(table.size() - 1);
  };
  refs[0] = find(
      contexts_, last_[0],
      [&](const Context& c) {
        return *c.doc == doc && *c.article == p.article && *c.date == p.date && *c.record == p.record;
      },
      [&] { return Context{&doc, &p.article, &p.date, &p.record}; });
  refs[1] = find(
      sentences_, last_[1],
      [&](const Sentence& s) { return s.begin == p.begin && s.end == p.end && *s.text == p.sentence; },
      [&] { return Sentence{p.begin, p.end, &p.sentence}; });
  refs[2] = find(
      rules_, last_[2], [&](const std::string* r) { return *r == p.rule; }, [&] { return &p.rule; });
}

void EvidenceTablesBuilder::encode(std::string& out) const {
  put_varint64(out, contexts_.size());
  for (const Context& c : contexts_) {
    put_length_prefixed(out, *c.doc);
    put_length_prefixed(out, *c.article);
    put_length_prefixed(out, *c.date);
    put_length_prefixed(out, *c.record);
  }
  put_varint64(out, sentences_.size());
  for (const Sentence& s : sentences_) {
    put_varint64(out, s.end);
    put_length_prefixed(out, *s.text);
  }
  put_varint64(out, rules_.size());
  for (const std::string* r : rules_) put_length_prefixed(out, *r);
}

bool decode_evidence_tables(std::string_view v, EvidenceTables* t) {
  uint64_t n = 0;
  if (!get_varint64(&v, &n) || n > v.size()) return false;
  t->contexts.resize(n);
  for (EvidenceTables::Context& c : t->contexts) {
    if (!get_length_prefixed(&v, &c.doc) || !get_length_prefixed(&v, &c.article) ||
        !get_length_prefixed(&v, &c.date) || !get_length_prefixed(&v, &c.record)) {
      return false;
    }
  }
  if (!get_varint64(&v, &n) || n > v.size()) return false;
  t->sentences.resize(n);
  for (EvidenceTables::Sentence& s : t->sentences) {
    if (!get_varint64(&v, &s.end) || !get_length_prefixed(&v, &s.text)) return false;
  }
  if (!get_varint64(&v, &n) || n > v.size()) return false;
  t->rules.resize(n);
  for (std::string_view& r : t->rules) {
    if (!get_length_prefixed(&v, &r)) return false;
  }
  return v.empty();
}

void encode_prov(const uint32_t refs[3], std::string& out) {
  put_varint64(out, refs[0]);
  put_varint64(out, refs[1]);
  put_varint64(out, refs[2]);
}

bool decode_prov(std::string_view key, std::string_view v, const EvidenceTables& t, Provenance* p) {
  if (key.size() != kProvKeySize) return false;
  uint64_t context = 0, sentence = 0, rule = 0;
  if (!get_varint64(&v, &context) || !get_varint64(&v, &sentence) || !get_varint64(&v, &rule) || !v.empty() ||
      context >= t.contexts.size() || sentence >= t.sentences.size() || rule >= t.rules.size()) {
    return false;
  }
  const EvidenceTables::Context& c = t.contexts[context];
  p->doc.assign(c.doc);
  p->article.assign(c.article);
  p->date.assign(c.date);
  p->record.assign(c.record);
  p->begin = get_fixed64(key.data() + kTripleKeySize + kIdSize);
  p->end = t.sentences[sentence].end;
  p->sentence.assign(t.sentences[sentence].text);
  p->rule.assign(t.rules[rule]);
  return true;
}

std::string evidence_key(uint64_t doc_number) {
  std::string k;
  put_fixed64(k, doc_number);
  k += 'e';
  return k;
}

void encode_event_card(const EventPresence& card, std::string& v) {
  put_length_prefixed(v, card.event_id);
  put_length_prefixed(v, card.event_label);
  put_length_prefixed(v, card.held_on);
  put_length_prefixed(v, card.published);
  put_varint64(v, card.sentences.size());
  for (std::string_view s : card.sentences) put_length_prefixed(v, s);
  put_varint64(v, card.people.size());
  for (const EventPresence::Person& m : card.people) {
    put_length_prefixed(v, m.id);
    put_length_prefixed(v, m.label);
    v += m.chaired ? 'c' : 'a';
    put_varint64(v, m.sentence);
  }
}

bool decode_event_card(std::string_view v, EventPresence* card) {
  uint64_t n = 0;
  if (!get_length_prefixed(&v, &card->event_id) || !get_length_prefixed(&v, &card->event_label) ||
      !get_length_prefixed(&v, &card->held_on) || !get_length_prefixed(&v, &card->published) ||
      !get_varint64(&v, &n) || n > v.size()) {
    return false;
  }
  card->sentences.resize(n);
  for (std::string_view& s : card->sentences) {
    if (!get_length_prefixed(&v, &s)) return false;
  }
  if (!get_varint64(&v, &n) || n > v.size()) return false;
  card->people.resize(n);
  for (EventPresence::Person& m : card->people) {
    uint64_t sentence = 0;
    if (!get_length_prefixed(&v, &m.id) || !get_length_prefixed(&v, &m.label) || v.empty()) return false;
    m.chaired = v[0] == 'c';
    v.remove_prefix(1);
    if (!get_varint64(&v, &sentence) || sentence >= card->sentences.size()) return false;
    m.sentence = static_cast<uint32_t>(sentence);
  }
  return v.empty();
}

std::string encode_doc_records(const std::string& prov_keys, const std::string& card_keys) {
  std::string v;
  v.reserve(prov_keys.size() + card_keys.size() + 5);
  put_varint64(v, prov_keys.size() / kProvKeySize);
  v += prov_keys;
  v += card_keys;
  return v;
}

bool decode_doc_records(std::string_view v, std::string_view* prov_keys, std::string_view* card_keys) {
  uint64_t n = 0;
  if (!get_varint64(&v, &n) || n > v.size() / kProvKeySize) return false;
  *prov_keys = v.substr(0, n * kProvKeySize);
  *card_keys = v.substr(n * kProvKeySize);
  return card_keys->size() % kCardKeySize == 0;
}

}  // namespace guanxi::store
