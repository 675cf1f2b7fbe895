// Ranking: the most connected nodes of a graph, usually people in the people projection
// (`guanxi top`). Degree counts distinct neighbours; betweenness is Brandes' algorithm from
// the Boost Graph Library on the graph read without direction (unweighted, not normalized,
// each unordered pair counted once, as networkx's betweenness_centrality(normalized=False)).
// Pure functions; thread-safe on a const Graph. Betweenness costs O(nodes x edges).
#pragma once

#include <optional>
#include <vector>

#include "graph/graph.h"

namespace guanxi {

enum class Centrality { kDegree, kBetweenness };

struct Ranked {
  size_t node = 0;       // index into Graph::nodes()
  double score = 0;      // the centrality ranked by
  size_t degree = 0;     // distinct neighbours
  double strength = 0;   // sum of the weights of the node's edges
};

// Nodes of `type` (every type when nullopt) by `by`, highest first, ties by degree, then
// strength, then label; at most `limit` of them (0 = all).
std::vector<Ranked> rank_nodes(const Graph& graph, Centrality by, size_t limit,
                               std::optional<NodeType> type = std::nullopt);

}  // namespace guanxi
