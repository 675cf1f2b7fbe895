// Graph queries: build a Graph from a store query, not from the whole store.
//
//   GraphQuery q;
//   q.person = "林振华"; q.depth = 2; q.projection = Projection::kPeople;
//   Result<Graph> g = build_graph(store, q);       // NotFound when nobody is labelled so
//
// Filters combine (AND): predicates, node types (both ends of an edge must be admitted),
// provenance date range, and the ego network of a person. Only the matching part of the
// store is read: an ego network is found by breadth-first search over store scans
// (person -> events -> the other people present), one hop at a time, never recursively.
//
// Projections:
//   kTriples  every stored (subject, predicate, object) that passes the filters is one
//             directed edge; evidence = number of supporting sentences, date = earliest.
//   kPeople   person -- person, undirected: two people are linked when both attended or
//             chaired one event (weight +1 per shared event, the event labels listed) or
//             when a `met` triple links them (weight +1 per article reporting a meeting).
//             Node types are not a filter here (every node is a person); predicates pick
//             which of attended/chaired/met count (default: all three).
//
// Thread safety: build_graph only reads the store; call it from any thread.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "graph/graph.h"
#include "store/store.h"

namespace guanxi {

enum class Projection {
  kTriples,  // nodes and typed edges as stored
  kPeople,   // person -- person edges weighted by shared events (and explicit meetings)
};

struct GraphQuery {
  std::vector<std::string> predicates;  // empty = all
  std::vector<NodeType> node_types;     // empty = all; an edge needs both ends admitted
  std::string since, until;             // ISO dates, "" = open
  std::string person;                   // ego network centre (a label or node id); "" = none
  int depth = 1;                        // ego network radius, in person hops
  Projection projection = Projection::kTriples;
};

// NotFound when `person` names nobody in the store. InvalidArgument for a negative depth
// or a projection/predicate combination that cannot produce people edges.
Result<Graph> build_graph(const Store& store, const GraphQuery& query);

// The person `name` (a label, or a "person:..." id). NotFound with a message naming `name`
// when the store has no such person.
Result<Node> find_person(const Store& store, const std::string& name);
// Its node id.
Result<std::string> resolve_person(const Store& store, const std::string& name);

// One line saying what a query selects, for titles and captions:
//   "guanxi: people around 林振华, depth 2, 2024-01-01..2024-06-30"
std::string describe_query(const GraphQuery& query);

// "triples" / "people", and the inverse (nullopt for anything else).
std::string_view projection_name(Projection projection);
std::optional<Projection> parse_projection(std::string_view name);

}  // namespace guanxi
