#include "graph/ranking.h"

#include <boost/graph/betweenness_centrality.hpp>

#include <algorithm>

#include "graph/internal/undirected.h"

namespace guanxi {

std::vector<Ranked> rank_nodes(const Graph& graph, Centrality by, size_t limit, std::optional<NodeType> type) {
  const size_t n = graph.nodes().size();
  const auto g = graph_internal::undirected_view(graph);
  std::vector<Ranked> ranked(n);
  for (size_t i = 0; i < n; ++i) {
    ranked[i].node = i;
    ranked[i].degree = boost::degree(i, g);
  }
  for (const GraphEdge& e : graph.edges()) {
    ranked[e.source].strength += e.weight;
    if (e.target != e.source) ranked[e.target].strength += e.weight;
  }
  if (by == Centrality::kBetweenness && n > 0) {
    std::vector<double> centrality(n, 0.0);
    boost::brandes_betweenness_centrality(
        g, boost::centrality_map(boost::make_iterator_property_map(centrality.begin(),
                                                                   boost::get(boost::vertex_index, g))));
    // For an undirected graph BGL counts each unordered pair once, as networkx does.
    for (size_t i = 0; i < n; ++i) ranked[i].score = centrality[i];
  } else {
    for (Ranked& r : ranked) r.score = static_cast<double>(r.degree);
  }
  if (type) {
    std::erase_if(ranked, [&](const Ranked& r) { return graph.nodes()[r.node].node.type != *type; });
  }
  const auto before = [&](const Ranked& a, const Ranked& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.degree != b.degree) return a.degree > b.degree;
    if (a.strength != b.strength) return a.strength > b.strength;
    return graph.nodes()[a.node].node.label < graph.nodes()[b.node].node.label;
  };
  if (limit > 0 && limit < ranked.size()) {
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(limit), ranked.end(), before);
    ranked.resize(limit);
  } else {
    std::sort(ranked.begin(), ranked.end(), before);
  }
  return ranked;
}

}  // namespace guanxi
