// GraphML writer. Every attribute has a declared, typed <key>; node ids are n<index> and
// edge ids e<index> (unique, and valid NMTOKENs as the GraphML schema wants), the stable
// guanxi id travels as the `uid` attribute. Text is XML-escaped; characters XML 1.0 forbids
// (control characters, invalid UTF-8, U+FFFE/U+FFFF) are dropped or replaced, so a hostile
// label cannot make the file malformed. edgedefault follows Graph::directed().
#include "export/internal/text.h"
#include "export/writers.h"

namespace guanxi {
namespace {

using export_internal::EscapeTable;
using export_internal::Sink;

constexpr EscapeTable kXmlEscape = [] {
  EscapeTable t = export_internal::control_escapes("&#9;", "&#10;");
  t['\r'] = "&#13;";
  t['&'] = "&amp;";
  t['<'] = "&lt;";
  t['>'] = "&gt;";
  t['"'] = "&quot;";
  return t;
}();

struct Key {
  const char* id;
  const char* domain;  // "node", "edge", "graph"
  const char* name;
  const char* type;    // GraphML attr.type
};

// The keys, in the order of the <data> elements below.
constexpr Key kKeys[] = {
    {"d0", "node", "type", "string"},     {"d1", "node", "label", "string"},
    {"d2", "node", "date", "string"},     {"d3", "node", "uid", "string"},
    {"d4", "edge", "predicate", "string"}, {"d5", "edge", "weight", "double"},
    {"d6", "edge", "evidence", "int"},    {"d7", "edge", "date", "string"},
    {"d8", "edge", "events", "string"},   {"d9", "graph", "title", "string"},
    {"d10", "graph", "centre", "string"},  // uid of the ego network's centre
};

// Empty values are left out (networkx reads an empty <data> as a missing attribute anyway).
void data(Sink& out, const char* key, std::string_view value) {
  if (value.empty()) return;
  out << "      <data key=\"" << key << "\">";
  out.text(value, kXmlEscape) << "</data>\n";
}

}  // namespace

Status write_graphml(const Graph& graph, std::ostream& stream, const ExportOptions& options) {
  Sink out(stream);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys) {
    out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name
        << "\" attr.type=\"" << k.type << "\"/>\n";
  }
  out << "  <graph id=\"G\" edgedefault=\"" << (graph.directed() ? "directed" : "undirected") << "\">\n";
  if (!options.title.empty()) {
    out << "    <data key=\"d9\">";
    out.text(options.title, kXmlEscape) << "</data>\n";
  }
  if (graph.centre()) {
    out << "    <data key=\"d10\">";
    out.text(graph.nodes()[*graph.centre()].node.id, kXmlEscape) << "</data>\n";
  }
  const auto& nodes = graph.nodes();
  for (size_t i = 0; i < nodes.size(); ++i) {
    const GraphNode& n = nodes[i];
    out << "    <node id=\"n";
    out.number(i) << "\">\n";
    data(out, "d0", node_type_name(n.node.type));
    data(out, "d1", n.node.label);
    data(out, "d2", n.date);
    data(out, "d3", n.node.id);
    out << "    </node>\n";
    out.maybe_flush();
  }
  const auto& edges = graph.edges();
  for (size_t i = 0; i < edges.size(); ++i) {
    const GraphEdge& e = edges[i];
    out << "    <edge id=\"e";
    out.number(i) << "\" source=\"n";
    out.number(e.source) << "\" target=\"n";
    out.number(e.target) << "\">\n";
    data(out, "d4", e.predicate);
    out << "      <data key=\"d5\">";
    out.number(e.weight) << "</data>\n      <data key=\"d6\">";
    out.number(e.evidence) << "</data>\n";
    data(out, "d7", e.date);
    if (!e.events.empty()) {
      out << "      <data key=\"d8\">";
      for (size_t k = 0; k < e.events.size(); ++k) {
        if (k) out << "; ";
        out.text(e.events[k], kXmlEscape);
      }
      out << "</data>\n";
    }
    out << "    </edge>\n";
    out.maybe_flush();
  }
  out << "  </graph>\n</graphml>\n";
  return out.finish("GraphML");
}

}  // namespace guanxi
