// Render: lay out and draw a Graph with Graphviz's library (in-process), to SVG, PNG or PDF.
#pragma once

#include <string>

#include "core/status.h"
#include "export/writers.h"
#include "graph/graph.h"

namespace guanxi {

struct RenderOptions {
  std::string layout;  // "dot", "sfdp", "neato", ... "" = chosen by size
  std::string format;  // "svg", "png", "pdf"; "" = from the output file's extension
  ExportOptions style;
};

// InvalidArgument for an unknown format or layout; IOError when the file cannot be written.
Status render(const Graph& graph, const std::string& path, const RenderOptions& options = {});

}  // namespace guanxi
