// Render: lay out and draw a Graph with Graphviz's library (in-process), to SVG, PNG or PDF.
//
// The picture is the DOT of write_dot (same shapes, colours, legend, font and title) laid
// out and drawn by Graphviz in this process. Graphviz keeps global state and is not
// thread-safe: call render from one thread at a time. Each call has its own Graphviz
// context and frees everything it allocated, on success and on failure.
#pragma once

#include <string>

#include "core/status.h"
#include "export/writers.h"
#include "graph/graph.h"

namespace guanxi {

struct RenderOptions {
  // "dot", "sfdp", "neato", ... "" = chosen by size and kind: sfdp above 300 nodes, else
  // dot for directed graphs (triples) and neato for undirected ones (people projection).
  std::string layout;
  std::string format;  // "svg", "png", "pdf"; "" = from the output file's extension
  ExportOptions style;
};

// InvalidArgument for an unknown format or layout; IOError when the file cannot be written.
Status render(const Graph& graph, const std::string& path, const RenderOptions& options = {});

}  // namespace guanxi
