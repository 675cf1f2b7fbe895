// Graph: the part of the knowledge graph a query selected, held in memory for algorithms
// and exports. Nodes and edges are plain domain values; the Boost Graph Library structures
// the algorithms need are built inside graph/ and never appear in this header.
//
// A Graph owns its nodes and edges. It is a value: not thread-safe for writing, safe to read
// from several threads once built. Building never fails (queries report failure, see
// graph/query.h).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/node.h"

namespace guanxi {

struct GraphNode {
  Node node;
  std::string date;  // for events: when held (ISO or as written), else ""
};

struct GraphEdge {
  size_t source = 0;  // index into Graph::nodes()
  size_t target = 0;
  std::string predicate;    // "attended", ... or "met_with" in the people projection
  double weight = 1;        // people projection: number of shared events (+ explicit meetings)
  size_t evidence = 1;      // number of supporting sentences
  std::string date;         // earliest date of the evidence (ISO) or ""
  std::vector<std::string> events;  // people projection: labels of the shared events
};

class Graph {
 public:
  // Adds `node` unless a node with its id exists; returns its index either way.
  size_t add_node(const Node& node, const std::string& date = "");
  // Appends an edge; ids are the positions in edges().
  size_t add_edge(GraphEdge edge);

  const std::vector<GraphNode>& nodes() const { return nodes_; }
  const std::vector<GraphEdge>& edges() const { return edges_; }
  std::vector<GraphNode>& mutable_nodes() { return nodes_; }
  std::vector<GraphEdge>& mutable_edges() { return edges_; }
  std::optional<size_t> find(const std::string& id) const;

  // Whether an edge reads source -> target (typed triples, the default) or has no
  // direction (the people projection: "A met_with B" is "B met_with A"). Writers emit
  // digraph/graph and edgedefault accordingly.
  bool directed() const { return directed_; }
  void set_directed(bool directed) { directed_ = directed; }

  // The node an ego network is centred on (drawn highlighted), if any.
  std::optional<size_t> centre() const { return centre_; }
  void set_centre(size_t node) { centre_ = node; }

 private:
  bool directed_ = true;
  std::optional<size_t> centre_;
  std::vector<GraphNode> nodes_;
  std::vector<GraphEdge> edges_;
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace guanxi
