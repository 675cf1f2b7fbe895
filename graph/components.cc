#include "graph/components.h"

#include <boost/graph/connected_components.hpp>

#include "graph/internal/undirected.h"

namespace guanxi {

Components connected_components(const Graph& graph) {
  const auto g = graph_internal::undirected_view(graph);
  Components c;
  c.of.resize(graph.nodes().size());
  const size_t count = graph.nodes().empty() ? 0 : boost::connected_components(g, c.of.data());
  // BGL numbers components in the order of a depth-first search from vertex 0, 1, ...:
  // that is the order of each component's first node already.
  c.size.assign(count, 0);
  for (size_t comp : c.of) ++c.size[comp];
  return c;
}

}  // namespace guanxi
