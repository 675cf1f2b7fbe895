#include "graph/query.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace guanxi {
namespace {

constexpr std::string_view kAttended = "attended";
constexpr std::string_view kChaired = "chaired";
constexpr std::string_view kMet = "met";
constexpr std::string_view kMetWith = "met_with";
constexpr std::string_view kHeldOn = "held_on";

bool is_presence(std::string_view predicate) { return predicate == kAttended || predicate == kChaired; }

void keep_earliest(std::string& date, const std::string& candidate) {
  if (!candidate.empty() && (date.empty() || candidate < date)) date = candidate;
}

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// Decides whether one stored record belongs to the query (the store already applies what a
// TriplePattern can say; this repeats the date bounds so that every Store behaves alike).
class Filter {
 public:
  explicit Filter(const GraphQuery& query) : query_(query) {}

  bool predicate(std::string_view p) const { return query_.predicates.empty() || contains(query_.predicates, p); }
  bool type(NodeType t) const {
    return query_.node_types.empty() ||
           std::find(query_.node_types.begin(), query_.node_types.end(), t) != query_.node_types.end();
  }
  bool date(const std::string& d) const {
    if (!query_.since.empty() && (d.empty() || d < query_.since)) return false;
    if (!query_.until.empty() && (d.empty() || d > query_.until)) return false;
    return true;
  }
  bool admits(const Triple& t) const {
    return predicate(t.predicate) && type(t.subject.type) && type(t.object.type) && date(t.provenance.date);
  }
  // Whether every held_on triple of the store passes (no date bound, held_on and both its
  // node types admitted).
  bool admits_every_held_on() const {
    return query_.since.empty() && query_.until.empty() && predicate(kHeldOn) && type(NodeType::kEvent) &&
           type(NodeType::kDate);
  }
  // The pattern every scan starts from: the date bounds.
  TriplePattern pattern() const {
    TriplePattern p;
    p.since = query_.since;
    p.until = query_.until;
    return p;
  }

 private:
  const GraphQuery& query_;
};

// Scans `base` once per predicate (each an index lookup), or once when `predicates` is empty.
Status scan_predicates(const Store& store, const TriplePattern& base,
                       const std::vector<std::string>& predicates,
                       const std::function<bool(const Triple&)>& visit) {
  if (predicates.empty()) return store.scan(base, visit);
  for (const std::string& p : predicates) {
    TriplePattern pattern = base;
    pattern.predicate = p;
    GUANXI_RETURN_IF_ERROR(store.scan(pattern, visit));
  }
  return Status::Ok();
}

// Typed edges, one per distinct (subject, predicate, object). Relies on the Store contract
// that the records of one triple are adjacent in a scan.
class TripleEdges {
 public:
  explicit TripleEdges(Graph& graph) : graph_(graph) {}

  void add(const Triple& t) {
    const std::string& date = t.provenance.date;
    if (last_ && t.subject.id == last_subject_ && t.predicate == last_predicate_ &&
        t.object.id == last_object_) {
      GraphEdge& e = graph_.mutable_edges()[*last_];
      ++e.evidence;
      keep_earliest(e.date, date);
      return;
    }
    GraphEdge e;
    e.source = add_node(t.subject, date);
    e.target = add_node(t.object, date);
    e.predicate = t.predicate;
    e.date = date;
    last_ = graph_.add_edge(std::move(e));
    last_subject_ = t.subject.id;
    last_predicate_ = t.predicate;
    last_object_ = t.object.id;
  }

 private:
  size_t add_node(const Node& node, const std::string& date) {
    size_t i = graph_.add_node(node);
    // An event's date until held_on says otherwise: the earliest article reporting it.
    if (node.type == NodeType::kEvent) keep_earliest(graph_.mutable_nodes()[i].date, date);
    return i;
  }

  Graph& graph_;
  std::optional<size_t> last_;
  std::string last_subject_, last_predicate_, last_object_;
};

// person -- person edges from presence at shared events and from explicit meetings.
class PeopleEdges {
 public:
  // `allowed`: when set, only these person ids become nodes (an ego network).
  PeopleEdges(Graph& graph, const std::unordered_set<std::string>* allowed)
      : graph_(graph), allowed_(allowed) {}

  void add(const Triple& t) {
    if (t.subject.type != NodeType::kPerson || !allowed(t.subject.id)) return;
    if (is_presence(t.predicate) && t.object.type == NodeType::kEvent) {
      auto [it, inserted] = event_index_.try_emplace(t.object.id, events_.size());
      if (inserted) events_.push_back(Event{t.object.label, t.provenance.date, {}});
      Event& ev = events_[it->second];
      keep_earliest(ev.date, t.provenance.date);
      const size_t person = graph_.add_node(t.subject);
      auto p = std::find_if(ev.people.rbegin(), ev.people.rend(),
                            [&](const Presence& x) { return x.person == person; });
      if (p != ev.people.rend()) {
        ++p->records;
      } else {
        ev.people.push_back(Presence{person, 1});
      }
    } else if (t.predicate == kMet && t.object.type == NodeType::kPerson && allowed(t.object.id)) {
      size_t a = graph_.add_node(t.subject), b = graph_.add_node(t.object);
      if (a == b) return;
      if (a > b) std::swap(a, b);
      meetings_.push_back(Meeting{a, b, t.provenance.article, t.provenance.date});
    }
  }

  // Adds the accumulated edges to the graph (call once, after the last add).
  void finish() {
    for (const Event& ev : events_) {
      for (size_t i = 0; i < ev.people.size(); ++i) {
        for (size_t j = i + 1; j < ev.people.size(); ++j) {
          GraphEdge& e = edge(ev.people[i].person, ev.people[j].person);
          e.weight += 1;
          e.evidence += ev.people[i].records + ev.people[j].records;
          e.events.push_back(ev.label);
          keep_earliest(e.date, ev.date);
        }
      }
    }
    // One meeting per pair and article; every record is evidence.
    std::sort(meetings_.begin(), meetings_.end(), [](const Meeting& x, const Meeting& y) {
      return std::tie(x.a, x.b, x.article) < std::tie(y.a, y.b, y.article);
    });
    for (size_t i = 0; i < meetings_.size(); ++i) {
      const Meeting& m = meetings_[i];
      GraphEdge& e = edge(m.a, m.b);
      e.evidence += 1;
      keep_earliest(e.date, m.date);
      if (i == 0 || m.a != meetings_[i - 1].a || m.b != meetings_[i - 1].b ||
          m.article != meetings_[i - 1].article) {
        e.weight += 1;
      }
    }
  }

 private:
  struct Presence {
    size_t person;
    size_t records;
  };
  struct Event {
    std::string label, date;
    std::vector<Presence> people;
  };
  struct Meeting {
    size_t a, b;
    std::string article, date;
  };

  bool allowed(const std::string& id) const { return allowed_ == nullptr || allowed_->count(id) > 0; }

  GraphEdge& edge(size_t a, size_t b) {
    if (a > b) std::swap(a, b);
    auto [it, inserted] = pair_edge_.try_emplace((uint64_t{a} << 32) | b, 0);
    if (inserted) {
      GraphEdge e;
      e.source = a;
      e.target = b;
      e.predicate = std::string(kMetWith);
      e.weight = 0;
      e.evidence = 0;
      it->second = graph_.add_edge(std::move(e));
    }
    return graph_.mutable_edges()[it->second];
  }

  Graph& graph_;
  const std::unordered_set<std::string>* allowed_;
  std::unordered_map<std::string, size_t> event_index_;
  std::vector<Event> events_;
  std::vector<Meeting> meetings_;
  std::unordered_map<uint64_t, size_t> pair_edge_;
};

// The predicates that link two people: attended/chaired (through an event) and met.
Result<std::vector<std::string>> people_links(const GraphQuery& query) {
  std::vector<std::string> links;
  for (std::string_view p : {kAttended, kChaired, kMet}) {
    if (query.projection == Projection::kTriples || query.predicates.empty() ||
        contains(query.predicates, p)) {
      links.emplace_back(p);
    }
  }
  if (links.empty()) {
    return Status::InvalidArgument(
        "the people projection links people through attended, chaired or met; the "
        "--predicate filter keeps none of them");
  }
  return links;
}

// The people within `depth` person hops of `centre`, in breadth-first order (centre first).
// Each hop is a few store scans: the person's events and meetings, then who else was at
// those events. Iterative, so the depth a user asks for never grows the call stack.
Result<std::vector<std::string>> ego_people(const Store& store, const GraphQuery& query,
                                            const Filter& filter, const std::string& centre,
                                            const std::vector<std::string>& links) {
  const bool via_events = contains(links, kAttended) || contains(links, kChaired);
  const bool via_meetings = contains(links, kMet);
  std::vector<std::string> order{centre};
  std::unordered_set<std::string> seen{centre};
  std::unordered_set<std::string> expanded_events;
  size_t frontier_begin = 0;
  for (int hop = 0; hop < query.depth; ++hop) {
    const size_t frontier_end = order.size();
    if (frontier_begin == frontier_end) break;
    auto discover = [&](const Node& n) {
      if (n.type == NodeType::kPerson && seen.insert(n.id).second) order.push_back(n.id);
    };
    for (size_t i = frontier_begin; i < frontier_end; ++i) {
      const std::string person = order[i];  // a copy: `order` grows below
      std::vector<std::string> events;
      TriplePattern out = filter.pattern();
      out.subject = person;
      GUANXI_RETURN_IF_ERROR(store.scan(out, [&](const Triple& t) {
        if (!filter.date(t.provenance.date)) return true;
        if (via_events && is_presence(t.predicate) && contains(links, t.predicate) &&
            t.object.type == NodeType::kEvent && expanded_events.insert(t.object.id).second) {
          events.push_back(t.object.id);
        } else if (via_meetings && t.predicate == kMet) {
          discover(t.object);
        }
        return true;
      }));
      if (via_meetings) {
        TriplePattern in = filter.pattern();
        in.object = person;
        in.predicate = std::string(kMet);
        GUANXI_RETURN_IF_ERROR(store.scan(in, [&](const Triple& t) {
          if (filter.date(t.provenance.date)) discover(t.subject);
          return true;
        }));
      }
      for (const std::string& event : events) {
        TriplePattern present = filter.pattern();
        present.object = event;
        GUANXI_RETURN_IF_ERROR(store.scan(present, [&](const Triple& t) {
          if (is_presence(t.predicate) && contains(links, t.predicate) && filter.date(t.provenance.date)) {
            discover(t.subject);
          }
          return true;
        }));
      }
    }
    frontier_begin = frontier_end;
  }
  return order;
}

// Events get the date they were held on (held_on), where the store knows it: from the
// held_on edges already in the graph, and by looking up the others unless the filters let
// every held_on triple in (then an event without one has none).
Status fill_event_dates(const Store& store, bool all_held_on_admitted, Graph& graph) {
  std::vector<bool> dated(graph.nodes().size(), false);
  for (const GraphEdge& e : graph.edges()) {
    GraphNode& event = graph.mutable_nodes()[e.source];
    if (e.predicate == kHeldOn && event.node.type == NodeType::kEvent && !dated[e.source]) {
      event.date = graph.nodes()[e.target].node.label;
      dated[e.source] = true;
    }
  }
  if (all_held_on_admitted) return Status::Ok();
  for (size_t i = 0; i < graph.nodes().size(); ++i) {
    GraphNode& n = graph.mutable_nodes()[i];
    if (n.node.type != NodeType::kEvent || dated[i]) continue;
    TriplePattern p;
    p.subject = n.node.id;
    p.predicate = std::string(kHeldOn);
    GUANXI_RETURN_IF_ERROR(store.scan(p, [&](const Triple& t) {
      n.date = t.object.label;
      return false;
    }));
  }
  return Status::Ok();
}

Status build_people(const Store& store, const Filter& filter,
                    const std::vector<std::string>& links, const std::vector<std::string>* ego,
                    Graph& graph) {
  graph.set_directed(false);
  std::unordered_set<std::string> allowed;
  if (ego) allowed.insert(ego->begin(), ego->end());
  PeopleEdges people(graph, ego ? &allowed : nullptr);
  auto visit = [&](const Triple& t) {
    if (contains(links, t.predicate) && filter.date(t.provenance.date)) people.add(t);
    return true;
  };
  if (ego) {
    for (const std::string& person : *ego) {
      TriplePattern p = filter.pattern();
      p.subject = person;
      GUANXI_RETURN_IF_ERROR(store.scan(p, visit));
    }
  } else {
    GUANXI_RETURN_IF_ERROR(scan_predicates(store, filter.pattern(), links, visit));
  }
  people.finish();
  return Status::Ok();
}

Status build_triples(const Store& store, const GraphQuery& query, const Filter& filter,
                     const std::vector<std::string>* ego, Graph& graph) {
  TripleEdges edges(graph);
  if (!ego) {
    GUANXI_RETURN_IF_ERROR(scan_predicates(store, filter.pattern(), query.predicates, [&](const Triple& t) {
      if (filter.admits(t)) edges.add(t);
      return true;
    }));
    return fill_event_dates(store, filter.admits_every_held_on(), graph);
  }
  const std::unordered_set<std::string> people(ego->begin(), ego->end());
  auto inside = [&](const Node& n) { return n.type != NodeType::kPerson || people.count(n.id) > 0; };
  for (const std::string& person : *ego) {
    TriplePattern out = filter.pattern();
    out.subject = person;
    GUANXI_RETURN_IF_ERROR(store.scan(out, [&](const Triple& t) {
      if (filter.admits(t) && inside(t.object)) edges.add(t);
      return true;
    }));
    // Edges into a person from a non-person (a person's edges from other people in the
    // ego network were visited from their side already).
    TriplePattern in = filter.pattern();
    in.object = person;
    GUANXI_RETURN_IF_ERROR(store.scan(in, [&](const Triple& t) {
      if (filter.admits(t) && t.subject.type != NodeType::kPerson) edges.add(t);
      return true;
    }));
  }
  // What the events themselves link to (held_on -> date, ...).
  const size_t reached = graph.nodes().size();
  for (size_t i = 0; i < reached; ++i) {
    if (graph.nodes()[i].node.type != NodeType::kEvent) continue;
    TriplePattern out = filter.pattern();
    out.subject = graph.nodes()[i].node.id;
    GUANXI_RETURN_IF_ERROR(store.scan(out, [&](const Triple& t) {
      if (filter.admits(t) && t.object.type != NodeType::kPerson) edges.add(t);
      return true;
    }));
  }
  return fill_event_dates(store, false, graph);
}

}  // namespace

Result<Node> find_person(const Store& store, const std::string& name) {
  constexpr std::string_view kPrefix = "person:";
  std::string label = name;
  if (label.compare(0, kPrefix.size(), kPrefix) == 0) label.erase(0, kPrefix.size());
  GUANXI_ASSIGN_OR_RETURN(std::vector<Node> nodes, store.find_nodes(label, NodeType::kPerson));
  if (nodes.empty()) return Status::NotFound("no person named '" + name + "' in the store");
  return nodes.front();
}

Result<std::string> resolve_person(const Store& store, const std::string& name) {
  GUANXI_ASSIGN_OR_RETURN(Node node, find_person(store, name));
  return node.id;
}

Result<Graph> build_graph(const Store& store, const GraphQuery& query) {
  if (query.depth < 0) return Status::InvalidArgument("--depth must be 0 or more");
  if (!query.since.empty() && !query.until.empty() && query.until < query.since) {
    return Status::InvalidArgument("--until " + query.until + " is before --since " + query.since);
  }
  const Filter filter(query);
  GUANXI_ASSIGN_OR_RETURN(std::vector<std::string> links, people_links(query));
  Graph graph;
  std::optional<std::vector<std::string>> ego;
  if (!query.person.empty()) {
    GUANXI_ASSIGN_OR_RETURN(Node centre, find_person(store, query.person));
    // The centre comes first, even when nothing else passes the filters.
    if (query.projection == Projection::kPeople || filter.type(NodeType::kPerson)) {
      graph.set_centre(graph.add_node(centre));
    }
    GUANXI_ASSIGN_OR_RETURN(ego, ego_people(store, query, filter, centre.id, links));
  }
  const std::vector<std::string>* ego_ptr = ego ? &*ego : nullptr;
  if (query.projection == Projection::kPeople) {
    GUANXI_RETURN_IF_ERROR(build_people(store, filter, links, ego_ptr, graph));
  } else {
    GUANXI_RETURN_IF_ERROR(build_triples(store, query, filter, ego_ptr, graph));
  }
  return graph;
}

std::string_view projection_name(Projection projection) {
  return projection == Projection::kPeople ? "people" : "triples";
}

std::optional<Projection> parse_projection(std::string_view name) {
  if (name == "people") return Projection::kPeople;
  if (name == "triples") return Projection::kTriples;
  return std::nullopt;
}

std::string describe_query(const GraphQuery& query) {
  std::string s = "guanxi: ";
  s += query.projection == Projection::kPeople ? "people" : "triples";
  if (!query.person.empty()) {
    s += " around " + query.person + ", depth " + std::to_string(query.depth);
  } else {
    s += query.projection == Projection::kPeople ? " linked by shared events" : " of the knowledge graph";
  }
  if (!query.predicates.empty()) {
    s += ", ";
    for (size_t i = 0; i < query.predicates.size(); ++i) s += (i ? "|" : "") + query.predicates[i];
  }
  if (!query.node_types.empty() && query.projection == Projection::kTriples) {
    s += ", types ";
    for (size_t i = 0; i < query.node_types.size(); ++i) {
      if (i) s += '|';
      s += node_type_name(query.node_types[i]);
    }
  }
  if (!query.since.empty() || !query.until.empty()) s += ", " + query.since + ".." + query.until;
  return s;
}

}  // namespace guanxi
