// Components: which nodes are connected to which (edges read without direction), with the
// Boost Graph Library's connected_components. Pure functions; thread-safe on a const Graph.
#pragma once

#include <vector>

#include "graph/graph.h"

namespace guanxi {

struct Components {
  std::vector<size_t> of;    // of[node] = its component; numbered from 0 by first node
  std::vector<size_t> size;  // size[component] = number of nodes in it
};

Components connected_components(const Graph& graph);

}  // namespace guanxi
