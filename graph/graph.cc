#include "graph/graph.h"

namespace guanxi {

size_t Graph::add_node(const Node& node, const std::string& date) {
  auto [it, inserted] = index_.try_emplace(node.id, nodes_.size());
  if (inserted) nodes_.push_back(GraphNode{node, date});
  return it->second;
}

size_t Graph::add_edge(GraphEdge edge) {
  edges_.push_back(std::move(edge));
  return edges_.size() - 1;
}

std::optional<size_t> Graph::find(const std::string& id) const {
  auto it = index_.find(id);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

}  // namespace guanxi
