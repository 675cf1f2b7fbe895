#include "graph/paths.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>

#include <algorithm>

#include "graph/internal/undirected.h"

namespace guanxi {

std::optional<Path> shortest_path(const Graph& graph, size_t from, size_t to) {
  const size_t n = graph.nodes().size();
  if (from >= n || to >= n) return std::nullopt;
  if (from == to) return Path{{from}, {}};
  using graph_internal::Undirected;
  const Undirected g = graph_internal::undirected_view(graph);
  using Edge = boost::graph_traits<Undirected>::edge_descriptor;
  std::vector<std::optional<Edge>> via(n);  // the tree edge that reached each vertex
  std::vector<boost::default_color_type> colors(n);

  struct Recorder : boost::default_bfs_visitor {
    std::vector<std::optional<Edge>>* via;
    void tree_edge(Edge e, const Undirected& gr) const { (*via)[boost::target(e, gr)] = e; }
  };
  Recorder recorder;
  recorder.via = &via;
  boost::breadth_first_search(g, from,
                              boost::visitor(recorder).color_map(boost::make_iterator_property_map(
                                  colors.begin(), boost::get(boost::vertex_index, g))));
  if (!via[to]) return std::nullopt;
  Path path;
  for (size_t v = to; v != from;) {
    const Edge e = *via[v];
    path.nodes.push_back(v);
    path.edges.push_back(g[e].index);
    v = boost::source(e, g) == v ? boost::target(e, g) : boost::source(e, g);
  }
  path.nodes.push_back(from);
  std::reverse(path.nodes.begin(), path.nodes.end());
  std::reverse(path.edges.begin(), path.edges.end());
  return path;
}

Result<PersonPath> person_path(const Store& store, const std::string& from, const std::string& to,
                               GraphQuery filters) {
  PersonPath result;
  GUANXI_ASSIGN_OR_RETURN(result.from, find_person(store, from));
  GUANXI_ASSIGN_OR_RETURN(result.to, find_person(store, to));
  filters.projection = Projection::kTriples;
  filters.person.clear();
  if (filters.predicates.empty()) filters.predicates = {"attended", "chaired", "met"};
  GUANXI_ASSIGN_OR_RETURN(result.graph, build_graph(store, filters));
  const auto a = result.graph.find(result.from.id), b = result.graph.find(result.to.id);
  if (a && b) result.path = shortest_path(result.graph, *a, *b);
  return result;
}

}  // namespace guanxi
