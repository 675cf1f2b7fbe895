// Paths: the shortest chain linking two nodes, e.g. two people through the events both
// attended (林振华 -attended-> 会议 <-attended- 周明远 -met-> 陆文清).
//
// Breadth-first search (Boost Graph Library) over the graph read without edge direction:
// fewest hops, ties broken by the order edges were added. Pure functions over a Graph; safe
// to call from several threads on the same Graph.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "graph/graph.h"
#include "graph/query.h"
#include "store/store.h"

namespace guanxi {

struct Path {
  std::vector<size_t> nodes;  // from ... to, indexes into Graph::nodes()
  std::vector<size_t> edges;  // edges[i] joins nodes[i] and nodes[i + 1] (either direction)
};

// The shortest path from `from` to `to`, or nullopt when they are not connected. A node's
// path to itself is that node alone.
std::optional<Path> shortest_path(const Graph& graph, size_t from, size_t to);

struct PersonPath {
  Node from, to;             // the two people
  Graph graph;               // the graph that was searched
  std::optional<Path> path;  // nullopt: not connected under the filters
};

// The shortest chain of people and events linking two people in the store. `filters`
// selects the graph searched (date range, predicates; default predicates: attended,
// chaired, met). NotFound when either name is not a person in the store.
Result<PersonPath> person_path(const Store& store, const std::string& from, const std::string& to,
                               GraphQuery filters);

}  // namespace guanxi
