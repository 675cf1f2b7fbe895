// who_met over the store's indexes: person -attended/chaired-> event <-attended/chaired-
// person, plus explicit `met` triples in both directions. Every step is a prefix scan of one
// index (spo by subject+predicate, pos by predicate+object), so the cost grows with the
// person's own events, not with the store.
#include "graph/who_met.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

namespace guanxi {
namespace {

constexpr const char* kPresence[] = {"attended", "chaired"};

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

struct Presence {
  Node person;
  std::string sentence;
  std::string date;  // provenance date
};

// The people present at `event` (attended or chaired), first sentence each, by id.
Status people_at(const Store& store, const std::string& event_id, std::map<std::string, Presence>& out) {
  for (const char* predicate : kPresence) {
    TriplePattern p;
    p.predicate = predicate;
    p.object = event_id;
    p.subject_type = NodeType::kPerson;
    GUANXI_RETURN_IF_ERROR(store.scan(p, [&](const Triple& t) {
      out.try_emplace(t.subject.id, Presence{t.subject, t.provenance.sentence, t.provenance.date});
      return true;
    }));
  }
  return Status::Ok();
}

// The event's `held_on` date label, or "".
Result<std::string> held_on(const Store& store, const std::string& event_id) {
  TriplePattern p;
  p.subject = event_id;
  p.predicate = "held_on";
  std::string date;
  GUANXI_RETURN_IF_ERROR(store.scan(p, [&](const Triple& t) {
    date = t.object.label;
    return false;
  }));
  return date;
}

// A sentence naming both people if there is one.
const std::string& evidence_for(const Presence& self, const Presence& other) {
  if (!other.sentence.empty() && other.sentence.find(self.person.label) != std::string::npos) return other.sentence;
  if (!self.sentence.empty() && self.sentence.find(other.person.label) != std::string::npos) return self.sentence;
  return other.sentence.empty() ? self.sentence : other.sentence;
}

class Collector {
 public:
  void add(const Node& person, SharedEvent event) {
    auto [it, inserted] = index_.try_emplace(person.id, people_.size());
    if (inserted) people_.push_back(Acquaintance{person, {}});
    people_[it->second].events.push_back(std::move(event));
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

Status collect_for(const Store& store, const Node& self, const WhoMetOptions& options, Collector& out) {
  // 1. The events this person was present at.
  std::map<std::string, Presence> events;  // event id -> (event node, own sentence, date)
  for (const char* predicate : kPresence) {
    TriplePattern p;
    p.subject = self.id;
    p.predicate = predicate;
    p.object_type = NodeType::kEvent;
    GUANXI_RETURN_IF_ERROR(store.scan(p, [&](const Triple& t) {
      events.try_emplace(t.object.id, Presence{t.object, t.provenance.sentence, t.provenance.date});
      return true;
    }));
  }
  // 2. Everyone else present at each of them.
  for (const auto& [event_id, at] : events) {
    GUANXI_ASSIGN_OR_RETURN(std::string written, held_on(store, event_id));
    std::string date = written.empty() ? at.date : written;
    const std::string& filter_date = is_iso_date(written) ? written : at.date;
    if (!in_range(filter_date, options)) continue;
    std::map<std::string, Presence> people;
    GUANXI_RETURN_IF_ERROR(people_at(store, event_id, people));
    const Presence me{self, at.sentence, at.date};
    for (const auto& [person_id, other] : people) {
      if (person_id == self.id) continue;
      out.add(other.person, SharedEvent{at.person, date, evidence_for(me, other), "attended"});
    }
  }
  // 3. Explicit meetings, either direction; one per article and person.
  std::map<std::pair<std::string, std::string>, bool> seen;
  for (bool self_is_subject : {true, false}) {
    TriplePattern p;
    p.predicate = "met";
    (self_is_subject ? p.subject : p.object) = self.id;
    p.since = options.since;
    p.until = options.until;
    GUANXI_RETURN_IF_ERROR(store.scan(p, [&](const Triple& t) {
      const Node& other = self_is_subject ? t.object : t.subject;
      if (other.type != NodeType::kPerson || other.id == self.id) return true;
      if (!seen.emplace(std::make_pair(other.id, t.provenance.article), true).second) return true;
      out.add(other, SharedEvent{Node::Article(t.provenance.article, "met"), t.provenance.date,
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
  for (const Node& self : people) GUANXI_RETURN_IF_ERROR(collect_for(store, self, options, out));
  return out.take();
}

}  // namespace guanxi
