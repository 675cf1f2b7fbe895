// Private to graph/: a Graph seen by the Boost Graph Library as a simple undirected graph
// (edge direction ignored, parallel edges merged, self-loops dropped). Each BGL edge keeps
// the index of the first Graph edge between its two ends, so algorithms can report edges
// in the domain's terms. Boost types never leave graph/*.cc and this folder.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <algorithm>
#include <tuple>
#include <vector>

#include "graph/graph.h"

namespace guanxi::graph_internal {

struct EdgeIndex {
  size_t index = 0;  // into Graph::edges()
};

// vecS everywhere: vertex i is node i of the Graph, and adjacency lists are contiguous
// (setS lists made Brandes betweenness several times slower).
using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                         EdgeIndex>;

inline Undirected undirected_view(const Graph& graph) {
  struct Pair {
    size_t a, b, index;
  };
  std::vector<Pair> pairs;
  pairs.reserve(graph.edges().size());
  const auto& edges = graph.edges();
  for (size_t i = 0; i < edges.size(); ++i) {
    const size_t s = edges[i].source, t = edges[i].target;
    if (s != t) pairs.push_back(Pair{std::min(s, t), std::max(s, t), i});
  }
  // One edge per pair of nodes: the first one added.
  std::sort(pairs.begin(), pairs.end(),
            [](const Pair& x, const Pair& y) { return std::tie(x.a, x.b, x.index) < std::tie(y.a, y.b, y.index); });
  pairs.erase(std::unique(pairs.begin(), pairs.end(),
                          [](const Pair& x, const Pair& y) { return x.a == y.a && x.b == y.b; }),
              pairs.end());
  // Added in the order of the Graph's edges, so that searches break ties the same way.
  std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) { return x.index < y.index; });
  Undirected g(graph.nodes().size());
  for (const Pair& p : pairs) boost::add_edge(p.a, p.b, EdgeIndex{p.index}, g);
  return g;
}

}  // namespace guanxi::graph_internal
