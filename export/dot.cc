// DOT writer. Every name and attribute value is a quoted string, escaped for Graphviz:
// `"` and `\` are backslash-escaped, a newline becomes the label escape \n, other control
// characters are dropped, `&` becomes &amp; (see append_label), and invalid UTF-8 becomes
// U+FFFD: whatever a label holds, the file parses and the label draws as stored. Keywords
// (node, graph, strict ...) and labels starting with a digit or a dash are harmless because
// every name and value is quoted. Node names are the stable node ids.
#include <cctype>
#include <cmath>

#include "export/internal/text.h"
#include "export/writers.h"

namespace guanxi {
namespace {

using export_internal::EscapeTable;
using export_internal::Sink;

// Names (node ids): quotes and backslashes escaped, newline as \n, controls dropped.
constexpr EscapeTable kDotNameEscape = [] {
  EscapeTable t = export_internal::control_escapes(" ", "\\n");
  t['"'] = "\\\"";
  t['\\'] = "\\\\";
  return t;
}();

// Labels: Graphviz decodes entities in labels, and its SVG output copies anything that
// looks like an entity ("&lt;", "&#0;", "&bogus;") through unescaped: a label or a node
// name holding one would draw wrong or make the SVG malformed. So a label's `&` is written
// as &amp;, and when an entity-like sequence follows an `&` (in labels and names), a
// zero-width space is put after it: "&#0;" draws as "&#0;" and the SVG stays well-formed.
bool looks_like_entity(std::string_view s, size_t amp) {
  size_t i = amp + 1;
  auto is = [&](auto pred) { return i < s.size() && pred(static_cast<unsigned char>(s[i])); };
  const auto alnum = [](unsigned char c) { return std::isalnum(c) != 0; };
  if (is([](unsigned char c) { return c == '#'; })) ++i;
  const size_t body = i;
  while (is(alnum)) ++i;
  return i > body && i < s.size() && s[i] == ';';
}

// `amp` is what an `&` becomes: "&amp;" in labels (decoded by Graphviz), "&" in node names
// (not decoded, but copied into the SVG <title> the same way).
void append_dot_text(std::string& out, std::string_view s, const char* amp) {
  size_t begin = 0;
  for (size_t at = s.find('&'); at != std::string_view::npos; at = s.find('&', begin)) {
    export_internal::append_text(out, s.substr(begin, at - begin), kDotNameEscape);
    out += amp;
    if (looks_like_entity(s, at)) out += "\xE2\x80\x8B";  // U+200B
    begin = at + 1;
  }
  export_internal::append_text(out, s.substr(begin), kDotNameEscape);
}

// How each node type is drawn (ColorBrewer Set3, readable with black text).
struct TypeStyle {
  const char* shape;
  const char* fill;
};

TypeStyle style_of(NodeType type) {
  switch (type) {
    case NodeType::kPerson: return {"ellipse", "#8dd3c7"};
    case NodeType::kEvent: return {"box", "#ffffb3"};
    case NodeType::kTitle: return {"note", "#bebada"};
    case NodeType::kOrg: return {"component", "#fb8072"};
    case NodeType::kPlace: return {"house", "#80b1d3"};
    case NodeType::kProject: return {"hexagon", "#fdb462"};
    case NodeType::kArticle: return {"tab", "#d9d9d9"};
    case NodeType::kDate: return {"octagon", "#ccebc5"};
  }
  return {"ellipse", "#ffffff"};
}

void name(Sink& out, std::string_view s) {
  out << '"';
  append_dot_text(out.buffer(), s, "&");
  out << '"';
}
void label(Sink& out, std::string_view s) { append_dot_text(out.buffer(), s, "&amp;"); }
void quoted(Sink& out, std::string_view s) {
  out << '"';
  label(out, s);
  out << '"';
}

void write_legend(Sink& out, const Graph& graph, const std::string& font) {
  bool present[std::size(kAllNodeTypes)] = {};
  size_t count = 0;
  for (const GraphNode& n : graph.nodes()) {
    auto& p = present[static_cast<size_t>(n.node.type)];
    if (!p) ++count;
    p = true;
    if (count == std::size(kAllNodeTypes)) break;
  }
  if (count < 2) return;  // one type (the people projection): nothing to explain
  out << "  subgraph \"cluster_legend\" {\n    graph [label=\"legend\", style=\"rounded,dashed\", "
         "color=\"#999999\", fontname=";
  quoted(out, font);
  out << "];\n";
  const char* previous = nullptr;
  for (NodeType t : kAllNodeTypes) {
    if (!present[static_cast<size_t>(t)]) continue;
    const TypeStyle st = style_of(t);
    const std::string_view type_name = node_type_name(t);
    out << "    \"legend:" << type_name << "\" [label=\"" << type_name << "\", shape=\"" << st.shape
        << "\", fillcolor=\"" << st.fill << "\"];\n";
    if (previous) {
      out << "    \"legend:" << previous << "\" -> \"legend:" << type_name << "\" [style=\"invis\"];\n";
    }
    previous = type_name.data();  // node_type_name returns literals
  }
  out << "  }\n";
}

}  // namespace

Status write_dot(const Graph& graph, std::ostream& stream, const ExportOptions& options) {
  Sink out(stream);
  const bool directed = graph.directed();
  const std::string_view arrow = directed ? " -> " : " -- ";
  out << (directed ? "digraph" : "graph") << " \"guanxi\" {\n  graph [charset=\"UTF-8\", fontname=";
  quoted(out, options.font);
  out << ", rankdir=\"LR\", labelloc=\"t\", fontsize=\"16\"";
  if (!options.title.empty()) {
    out << ", label=";
    quoted(out, options.title);
  }
  out << "];\n  node [fontname=";
  quoted(out, options.font);
  out << ", fontsize=\"11\", style=\"filled\"];\n  edge [fontname=";
  quoted(out, options.font);
  out << ", fontsize=\"9\", color=\"#555555\", fontcolor=\"#333333\"];\n";
  write_legend(out, graph, options.font);

  const auto& nodes = graph.nodes();
  for (const GraphNode& n : nodes) {
    const TypeStyle st = style_of(n.node.type);
    out << "  ";
    name(out, n.node.id);
    out << " [label=\"";
    label(out, n.node.label);
    if (!n.date.empty()) {
      out << "\\n";
      label(out, n.date);
    }
    out << "\", shape=\"" << st.shape << "\", fillcolor=\"" << st.fill << "\", guanxi_type=\""
        << node_type_name(n.node.type) << '"';
    if (graph.centre() == static_cast<size_t>(&n - nodes.data())) {
      out << ", penwidth=\"3\", fontsize=\"14\", style=\"filled,bold\"";  // the ego's centre
    }
    out << "];\n";
    out.maybe_flush();
  }
  const auto& edges = graph.edges();
  for (size_t i = 0; i < edges.size(); ++i) {
    export_internal::prefetch_edge_ends(graph, i);
    const GraphEdge& e = edges[i];
    out << "  ";
    name(out, nodes[e.source].node.id);
    out << arrow;
    name(out, nodes[e.target].node.id);
    if (directed) {
      // The predicate: the label, or the tooltip when labels are off.
      out << " [" << (options.edge_labels ? "label=" : "tooltip=");
      quoted(out, e.predicate);
    } else {
      // People projection: the pen grows with the weight, which is also the label; the
      // tooltip names the events.
      out << " [penwidth=\"";
      out.number(std::round(100 * (1 + std::log2(std::max(1.0, e.weight)))) / 100) << '"';
      if (options.edge_labels) {
        out << ", label=\"";
        out.number(e.weight) << '"';
      }
      if (!e.events.empty()) {
        out << ", tooltip=\"";
        for (size_t k = 0; k < e.events.size(); ++k) {
          if (k) out << "\\n";
          label(out, e.events[k]);
        }
        out << '"';
      }
    }
    out << ", weight=\"";
    out.number(std::max(1.0, std::round(e.weight))) << "\", evidence=\"";
    out.number(e.evidence) << '"';
    if (!e.date.empty()) {
      out << ", date=";
      quoted(out, e.date);
    }
    out << "];\n";
    out.maybe_flush();
  }
  out << "}\n";
  return out.finish("DOT");
}

}  // namespace guanxi
