// Writers: a Graph to DOT, GraphML and JSON (nodes/links). Each streams to `out` as it
// goes and never builds a second copy of the graph. Output is UTF-8 and valid whatever the
// labels hold (docs/export.md says how each format escapes and repairs text).
// The writers only read the graph: several may run at once on one Graph.
#pragma once

#include <ostream>
#include <string>

#include "core/status.h"
#include "graph/graph.h"

namespace guanxi {

struct ExportOptions {
  std::string title;             // graph label; "" = none
  std::string font = "Noto Sans CJK SC";  // DOT: set on graph, nodes and edges
  // DOT: print predicates (or weights) on the edges. render() turns this off above 300
  // nodes, where edge labels cover the picture and cost most of the drawing time.
  bool edge_labels = true;
};

// IOError when the stream fails.
Status write_dot(const Graph& graph, std::ostream& out, const ExportOptions& options = {});
Status write_graphml(const Graph& graph, std::ostream& out, const ExportOptions& options = {});
Status write_json(const Graph& graph, std::ostream& out, const ExportOptions& options = {});

}  // namespace guanxi
