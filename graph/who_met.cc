// who_met over the store's indexes: person -attended/chaired-> event <-attended/chaired-
// person, plus explicit `met` triples in both directions. Every step is a prefix seek in one
// index on one read session (cursors reused): the person's events (spo), each event's date
// (spo) and people (osp, no evidence read), and evidence only when no sentence at hand names
// the other person. The cost grows with the person's own events, not with the store.
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
  Node person;           // the person, or the event for the person's own presence
  std::string sentence;  // evidence
  std::string date;      // provenance date
};

bool is_presence(const std::string& predicate) {
  for (const char* p : kPresence) {
    if (predicate == p) return true;
  }
  return false;
}

// The event's `held_on` date label, or "".
Result<std::string> held_on(StoreReader& reader, const std::string& event_id) {
  TriplePattern p;
  p.subject = event_id;
  p.predicate = "held_on";
  std::string date;
  GUANXI_RETURN_IF_ERROR(reader.scan_distinct(p, [&](const Triple& t) {
    date = t.object.label;
    return false;
  }));
  return date;
}

// Evidence for `other` at one event: a sentence already at hand naming both people, else
// one naming `other` (a list of attendees names them all), else `other`'s own evidence,
// fetched and kept for the next people of the same event.
Result<std::string> evidence_for(StoreReader& reader, const Node& self, const Node& other,
                                 const std::string& predicate, const std::string& event_id,
                                 std::vector<std::string>& known) {
  for (const std::string& s : known) {
    if (s.find(other.label) != std::string::npos && s.find(self.label) != std::string::npos) return s;
  }
  for (const std::string& s : known) {
    if (s.find(other.label) != std::string::npos) return s;
  }
  TriplePattern p;
  p.subject = other.id;
  p.predicate = predicate;
  p.object = event_id;
  std::string sentence;
  GUANXI_RETURN_IF_ERROR(reader.scan(p, [&](const Triple& t) {
    sentence = t.provenance.sentence;
    return false;
  }));
  if (sentence.empty()) return known.empty() ? std::string() : known.front();
  known.push_back(sentence);
  return sentence;
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

Status collect_for(StoreReader& reader, const Node& self, const WhoMetOptions& options, Collector& out) {
  // 1. The events this person was present at, with the person's own evidence.
  std::map<std::string, Presence> events;  // event id -> (event node, own sentence, date)
  for (const char* predicate : kPresence) {
    TriplePattern p;
    p.subject = self.id;
    p.predicate = predicate;
    p.object_type = NodeType::kEvent;
    GUANXI_RETURN_IF_ERROR(reader.scan(p, [&](const Triple& t) {
      events.try_emplace(t.object.id, Presence{t.object, t.provenance.sentence, t.provenance.date});
      return true;
    }));
  }
  // 2. Everyone else present at each of them: the osp index of the event, no evidence read
  //    unless no sentence at hand names the person.
  std::vector<std::pair<Node, std::string>> people;  // (person, predicate)
  for (const auto& [event_id, at] : events) {
    GUANXI_ASSIGN_OR_RETURN(std::string written, held_on(reader, event_id));
    const std::string date = written.empty() ? at.date : written;
    const std::string& filter_date = is_iso_date(written) ? written : at.date;
    if (!in_range(filter_date, options)) continue;
    people.clear();
    TriplePattern p;
    p.object = event_id;
    p.subject_type = NodeType::kPerson;
    GUANXI_RETURN_IF_ERROR(reader.scan_distinct(p, [&](const Triple& t) {
      if (t.subject.id != self.id && is_presence(t.predicate)) people.emplace_back(t.subject, t.predicate);
      return true;
    }));
    std::vector<std::string> known{at.sentence};
    std::string last;
    for (const auto& [other, predicate] : people) {
      if (other.id == last) continue;  // attended and chaired: one shared event
      last = other.id;
      GUANXI_ASSIGN_OR_RETURN(std::string evidence, evidence_for(reader, self, other, predicate, event_id, known));
      out.add(other, SharedEvent{at.person, date, std::move(evidence), "attended"});
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
    GUANXI_RETURN_IF_ERROR(reader.scan(p, [&](const Triple& t) {
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
  std::unique_ptr<StoreReader> reader = store.reader();
  for (const Node& self : people) GUANXI_RETURN_IF_ERROR(collect_for(*reader, self, options, out));
  return out.take();
}

}  // namespace guanxi
