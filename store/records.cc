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
       get_length_prefixed(&v, &d.origin) && get_length_prefixed(&v, &d.text);
  if (!ok) return Status::Corruption("document " + d.id + " has a damaged record");
  return d;
}

namespace {
// Article field: 'S' + lp(suffix after the doc id), or 'F' + lp(full article id).
constexpr char kArticleSuffix = 'S';
constexpr char kArticleFull = 'F';
}  // namespace

std::string encode_prov(const Provenance& p, const std::string& doc_id) {
  std::string v;
  v.reserve(48 + p.sentence.size() + p.rule.size() + doc_id.size());
  encode_prov(p, doc_id, v);
  return v;
}

void encode_prov(const Provenance& p, const std::string& doc_id, std::string& v) {
  const std::string& doc = p.doc.empty() ? doc_id : p.doc;
  put_length_prefixed(v, doc);
  if (!doc.empty() && p.article.compare(0, doc.size(), doc) == 0) {
    v += kArticleSuffix;
    put_length_prefixed(v, std::string_view(p.article).substr(doc.size()));
  } else {
    v += kArticleFull;
    put_length_prefixed(v, p.article);
  }
  put_length_prefixed(v, p.sentence);
  put_length_prefixed(v, p.rule);
  put_varint64(v, p.end);
  put_length_prefixed(v, p.date);
}

bool decode_prov(std::string_view key, std::string_view v, Provenance* p) {
  if (key.size() != kProvKeySize) return false;
  p->begin = get_fixed64(key.data() + kTripleKeySize + kIdSize);
  std::string_view article;
  if (!get_length_prefixed(&v, &p->doc) || v.empty()) return false;
  const char kind = v[0];
  v.remove_prefix(1);
  if (!get_length_prefixed(&v, &article)) return false;
  if (kind == kArticleSuffix) {
    p->article.assign(p->doc).append(article);
  } else if (kind == kArticleFull) {
    p->article.assign(article);
  } else {
    return false;
  }
  return get_length_prefixed(&v, &p->sentence) && get_length_prefixed(&v, &p->rule) && get_varint64(&v, &p->end) &&
         get_length_prefixed(&v, &p->date);
}

std::string encode_event_card(const EventCard& card) {
  std::string v;
  put_length_prefixed(v, card.event_id);
  put_length_prefixed(v, card.event_label);
  put_length_prefixed(v, card.held_on);
  put_length_prefixed(v, card.published);
  put_varint64(v, card.sentences.size());
  for (const std::string& s : card.sentences) put_length_prefixed(v, s);
  put_varint64(v, card.members.size());
  for (const EventCard::Member& m : card.members) {
    put_length_prefixed(v, m.id);
    put_length_prefixed(v, m.label);
    v += m.kind;
    put_varint64(v, m.sentence);
  }
  return v;
}

bool decode_event_card(std::string_view v, EventCard* card) {
  uint64_t n = 0;
  if (!get_length_prefixed(&v, &card->event_id) || !get_length_prefixed(&v, &card->event_label) ||
      !get_length_prefixed(&v, &card->held_on) || !get_length_prefixed(&v, &card->published) ||
      !get_varint64(&v, &n) || n > v.size()) {
    return false;
  }
  card->sentences.resize(n);
  for (std::string& s : card->sentences) {
    if (!get_length_prefixed(&v, &s)) return false;
  }
  if (!get_varint64(&v, &n) || n > v.size()) return false;
  card->members.resize(n);
  for (EventCard::Member& m : card->members) {
    uint64_t sentence = 0;
    if (!get_length_prefixed(&v, &m.id) || !get_length_prefixed(&v, &m.label) || v.empty()) return false;
    m.kind = v[0];
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
