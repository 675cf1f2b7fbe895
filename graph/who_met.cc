// who_met over the store's indexes: person -attended/chaired-> event <-attended/chaired-
// person, plus explicit `met` triples in both directions. On one read session: the cards of
// the person's events (StoreReader::events_of: everyone present, the sentences, the date;
// views, copied only into the answer), then the `met` triples. The cost grows with the
// person's own events, not with the store.
#include "graph/who_met.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <string_view>
#include <unordered_map>

namespace guanxi {
namespace {


bool is_iso_date(std::string_view d) {
  return d.size() >= 10 && d[4] == '-' && d[7] == '-' && std::isdigit(static_cast<unsigned char>(d[0])) &&
         std::isdigit(static_cast<unsigned char>(d[5])) && std::isdigit(static_cast<unsigned char>(d[8]));
}

bool in_range(std::string_view date, const WhoMetOptions& o) {
  if (o.since.empty() && o.until.empty()) return true;
  if (date.empty()) return false;
  if (!o.since.empty() && date < o.since) return false;
  if (!o.until.empty() && date.substr(0, o.until.size()) > o.until) return false;
  return true;
}

class Collector {
 public:
  // The acquaintance `id`, made (the person copied) when first met.
  Acquaintance& person(std::string_view id, std::string_view label) {
    auto it = index_.find(id);
    if (it == index_.end()) {
      people_.push_back(Acquaintance{Node{std::string(id), NodeType::kPerson, std::string(label)}, {}});
      it = index_.emplace(std::string(id), people_.size() - 1).first;
    }
    return people_[it->second];
  }
  void add(const Node& person, SharedEvent event) {
    this->person(person.id, person.label).events.push_back(std::move(event));
  }
  // An explicit meeting reported by `article`: when the two were already found present at
  // an event of that article (会见 is an event both attended) whose evidence is the
  // meeting's sentence, or at the article's only event, that encounter becomes the meeting,
  // so one meeting counts once; else it is an encounter of its own.
  void add_meeting(const Node& person, std::string_view article, SharedEvent meeting) {
    auto it = index_.find(std::string_view(person.id));
    if (it != index_.end()) {
      // The event whose evidence is the meeting's sentence, else the article's only one.
      SharedEvent* same = nullptr;
      int in_article = 0;
      for (SharedEvent& e : people_[it->second].events) {
        if (e.relation != "attended" || !e.event.is_event_of(article)) continue;
        ++in_article;
        if (!same || (e.evidence == meeting.evidence && same->evidence != meeting.evidence)) same = &e;
      }
      if (same && (in_article == 1 || same->evidence == meeting.evidence)) {
        same->relation = "met";
        same->evidence = std::move(meeting.evidence);
        return;
      }
    }
    add(person, std::move(meeting));
  }
  std::vector<Acquaintance> take() {
    for (Acquaintance& a : people_) {
      std::stable_sort(a.events.begin(), a.events.end(),
                       [](const SharedEvent& x, const SharedEvent& y) { return x.date > y.date; });
    }
    std::sort(people_.begin(), people_.end(), [](const Acquaintance& x, const Acquaintance& y) {
      if (x.events.size() != y.events.size()) return x.events.size() > y.events.size();
      if (x.person.label != y.person.label) return x.person.label < y.person.label;
      return x.person.id < y.person.id;
    });
    return std::move(people_);
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, size_t, Hash, std::equal_to<>> index_;  // person id -> people_
  std::vector<Acquaintance> people_;
};

Status collect_for(StoreReader& reader, const Node& self, const WhoMetOptions& options, Collector& out) {
  // 1. The events this person was present at, each with everyone present (one card each;
  // the card's strings are views, copied only into the result).
  std::vector<char> names_self;  // per sentence of the event: does it name this person?
  GUANXI_RETURN_IF_ERROR(reader.events_of(self.id, [&](const EventPresence& e) {
    const EventPresence::Person* me = nullptr;
    for (const auto& p : e.people) {
      if (p.id == self.id) me = me ? me : &p;
    }
    if (!me) return true;
    const std::string_view date = e.held_on.empty() ? e.published : e.held_on;
    if (!in_range(is_iso_date(e.held_on) ? e.held_on : e.published, options)) return true;
    names_self.assign(e.sentences.size(), 0);
    for (size_t k = 0; k < e.sentences.size(); ++k) {
      names_self[k] = e.sentences[k].find(me->label) != std::string_view::npos;
    }
    const Node event{std::string(e.event_id), NodeType::kEvent, std::string(e.event_label)};
    // 2. Everyone else, once per event (who attended and chaired is listed twice). The
    // evidence: a sentence naming both people, else the sentence of the other's presence.
    for (size_t i = 0; i < e.people.size(); ++i) {
      const EventPresence::Person& other = e.people[i];
      if (other.id == self.id) continue;
      bool repeated = false;
      for (size_t k = 0; k < i && !repeated; ++k) repeated = e.people[k].id == other.id;
      if (repeated) continue;
      std::string_view evidence = e.sentences[other.sentence];
      for (size_t k = 0; k < e.sentences.size(); ++k) {
        if (names_self[k] && e.sentences[k].find(other.label) != std::string_view::npos) {
          evidence = e.sentences[k];
          break;
        }
      }
      out.person(other.id, other.label)
          .events.push_back(SharedEvent{event, std::string(date), std::string(evidence), "attended"});
    }
    return true;
  }));
  // 3. Explicit meetings, either direction; one per article and person.
  std::map<std::pair<std::string, std::string>, bool> seen;
  for (bool self_is_subject : {true, false}) {
    TriplePattern p;
    p.predicate = "met";
    (self_is_subject ? p.subject : p.object) = self.id;
    p.since = options.since;
    p.until = options.until;
    GUANXI_RETURN_IF_ERROR(reader.scan(p, [&](const Triple& t) {
      const Node& other = self_is_subject ? t.object : t.subject;
      if (other.type != NodeType::kPerson || other.id == self.id) return true;
      if (!seen.emplace(std::make_pair(other.id, t.provenance.article), true).second) return true;
      out.add_meeting(other, t.provenance.article,
                      SharedEvent{Node::Article(t.provenance.article, "met"), t.provenance.date,
                                  t.provenance.sentence, "met"});
      return true;
    }));
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<Acquaintance>> who_met(const Store& store, const std::string& name, const WhoMetOptions& options) {
  GUANXI_ASSIGN_OR_RETURN(std::vector<Node> people, store.find_nodes(name, NodeType::kPerson));
  if (people.empty() && name.rfind("person:", 0) == 0) {
    GUANXI_ASSIGN_OR_RETURN(people, store.find_nodes(name.substr(7), NodeType::kPerson));
  }
  if (people.empty()) return Status::NotFound("no person named '" + name + "' in the store");
  Collector out;
  std::unique_ptr<StoreReader> reader = store.reader();
  for (const Node& self : people) GUANXI_RETURN_IF_ERROR(collect_for(*reader, self, options, out));
  return out.take();
}

}  // namespace guanxi
