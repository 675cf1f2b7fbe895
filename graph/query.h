// Graph queries: build a Graph from a store query, not from the whole store.
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

// NotFound when `person` names nobody in the store.
Result<Graph> build_graph(const Store& store, const GraphQuery& query);

}  // namespace guanxi
