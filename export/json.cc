// JSON writer: the node-link form that D3 (forceLink().id(d => d.id)), Cytoscape.js
// (after mapping to elements) and networkx (json_graph.node_link_graph) read:
//   {"directed": true, "multigraph": true, "graph": {"title": ..., "centre": id?},
//    "nodes": [{"id", "type", "label", "date"?}],
//    "links": [{"source", "target", "predicate", "weight", "evidence", "date"?, "events"?}]}
// Link ends are node ids. Strings go through core's JSON escaping (invalid UTF-8 becomes
// U+FFFD), so the output always parses.
#include "core/json.h"
#include "export/internal/text.h"
#include "export/writers.h"

namespace guanxi {

Status write_json(const Graph& graph, std::ostream& stream, const ExportOptions& options) {
  export_internal::Sink out(stream);
  std::string& buf = out.buffer();
  out << "{\"directed\":" << (graph.directed() ? "true" : "false")
      << ",\"multigraph\":" << (graph.directed() ? "true" : "false") << ",\"graph\":{";
  if (!options.title.empty()) {
    out << "\"title\":";
    append_json_string(buf, options.title);
  }
  if (graph.centre()) {
    out << (options.title.empty() ? "\"centre\":" : ",\"centre\":");
    append_json_string(buf, graph.nodes()[*graph.centre()].node.id);
  }
  out << "},\n\"nodes\":[";
  const auto& nodes = graph.nodes();
  for (size_t i = 0; i < nodes.size(); ++i) {
    const GraphNode& n = nodes[i];
    out << (i ? ",\n" : "\n") << "{\"id\":";
    append_json_string(buf, n.node.id);
    out << ",\"type\":\"" << node_type_name(n.node.type) << "\",\"label\":";
    append_json_string(buf, n.node.label);
    if (!n.date.empty()) {
      out << ",\"date\":";
      append_json_string(buf, n.date);
    }
    out << '}';
    out.maybe_flush();
  }
  out << "],\n\"links\":[";
  const auto& edges = graph.edges();
  for (size_t i = 0; i < edges.size(); ++i) {
    export_internal::prefetch_edge_ends(graph, i);
    const GraphEdge& e = edges[i];
    out << (i ? ",\n" : "\n") << "{\"source\":";
    append_json_string(buf, nodes[e.source].node.id);
    out << ",\"target\":";
    append_json_string(buf, nodes[e.target].node.id);
    out << ",\"predicate\":";
    append_json_string(buf, e.predicate);
    out << ",\"weight\":";
    out.number(e.weight) << ",\"evidence\":";
    out.number(e.evidence);
    if (!e.date.empty()) {
      out << ",\"date\":";
      append_json_string(buf, e.date);
    }
    if (!e.events.empty()) {
      out << ",\"events\":[";
      for (size_t k = 0; k < e.events.size(); ++k) {
        if (k) out << ',';
        append_json_string(buf, e.events[k]);
      }
      out << ']';
    }
    out << '}';
    out.maybe_flush();
  }
  out << "\n]}\n";
  return out.finish("JSON");
}

}  // namespace guanxi
