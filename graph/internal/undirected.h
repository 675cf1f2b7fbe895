// Private to graph/: a Graph seen by the Boost Graph Library as a simple undirected graph
// (edge direction ignored, parallel edges merged, self-loops dropped). Each BGL edge keeps
// the index of the first Graph edge between its two ends, so algorithms can report edges
// in the domain's terms. Boost types never leave graph/*.cc and this folder.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include "graph/graph.h"

namespace guanxi::graph_internal {

struct EdgeIndex {
  size_t index = 0;  // into Graph::edges()
};

// setS out-edge lists: at most one edge between two vertices; vecS vertices: vertex i is
// node i of the Graph.
using Undirected = boost::adjacency_list<boost::setS, boost::vecS, boost::undirectedS, boost::no_property,
                                         EdgeIndex>;

inline Undirected undirected_view(const Graph& graph) {
  Undirected g(graph.nodes().size());
  const auto& edges = graph.edges();
  for (size_t i = 0; i < edges.size(); ++i) {
    if (edges[i].source == edges[i].target) continue;
    boost::add_edge(edges[i].source, edges[i].target, EdgeIndex{i}, g);  // no-op when present
  }
  return g;
}

}  // namespace guanxi::graph_internal
