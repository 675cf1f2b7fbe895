// who_met over the store's indexes: person -attended/chaired-> event <-attended/chaired-
// person, plus explicit `met` triples in both directions. On one read session: the person's
// events from spo, then one seek per event into its card (StoreReader::events_of: everyone
// present, the sentences, the date), then the `met` triples. The cost grows with the
// person's own events, not with the store.
#include "graph/who_met.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

namespace guanxi {
namespace {


bool is_iso_date(std::string_view d) {
  return d.size() >= 10 && d[4] == '-' && d[7] == '-' && std::isdigit(static_cast<unsigned char>(d[0])) &&
         std::isdigit(static_cast<unsigned char>(d[5])) && std::isdigit(static_cast<unsigned char>(d[8]));
}

bool in_range(const std::string& date, const WhoMetOptions& o) {
  if (o.since.empty() && o.until.empty()) return true;
  if (date.empty()) return false;
  if (!o.since.empty() && date < o.since) return false;
  if (!o.until.empty() && date.substr(0, o.until.size()) > o.until) return false;
  return true;
}

// Evidence for `other` at one event: a sentence naming both people, else the sentence of
// the other person's presence.
const std::string& evidence_for(const EventPresence& e, const EventPresence::Person& self,
                                const EventPresence::Person& other) {
  for (const std::string& s : e.sentences) {
    if (s.find(other.node.label) != std::string::npos && s.find(self.node.label) != std::string::npos) return s;
  }
  return e.sentences.at(other.sentence);
}

class Collector {
 public:
  void add(const Node& person, SharedEvent event) {
    auto [it, inserted] = index_.try_emplace(person.id, people_.size());
    if (inserted) people_.push_back(Acquaintance{person, {}});
    people_[it->second].events.push_back(std::move(event));
  }
  // An explicit meeting reported by `article`: when the two were already found present at
  // an event of that article (会见 is an event both attended) whose evidence is the
  // meeting's sentence, or at the article's only event, that encounter becomes the meeting,
  // so one meeting counts once; else it is an encounter of its own.
  void add_meeting(const Node& person, std::string_view article, SharedEvent meeting) {
    auto it = index_.find(person.id);
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
  std::unordered_map<std::string, size_t> index_;
  std::vector<Acquaintance> people_;
};

Status collect_for(StoreReader& reader, const Node& self, const WhoMetOptions& options, Collector& out) {
  // 1. The events this person was present at, each with everyone present (one seek each).
  GUANXI_RETURN_IF_ERROR(reader.events_of(self.id, [&](const EventPresence& e) {
    const EventPresence::Person* me = nullptr;
    for (const auto& p : e.people) {
      if (p.node.id == self.id) me = me ? me : &p;
    }
    if (!me) return true;
    const std::string& date = e.held_on.empty() ? e.published : e.held_on;
    if (!in_range(is_iso_date(e.held_on) ? e.held_on : e.published, options)) return true;
    // 2. Everyone else, once per event (who attended and chaired is listed twice).
    for (size_t i = 0; i < e.people.size(); ++i) {
      const EventPresence::Person& other = e.people[i];
      if (other.node.id == self.id) continue;
      bool repeated = false;
      for (size_t k = 0; k < i && !repeated; ++k) repeated = e.people[k].node.id == other.node.id;
      if (repeated) continue;
      out.add(other.node, SharedEvent{e.event, date, evidence_for(e, *me, other), "attended"});
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
