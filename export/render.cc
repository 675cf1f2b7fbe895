// Rendering through Graphviz's library, in-process: the graph is written as DOT (the same
// writer as `guanxi export --format dot`, so styles and escaping are shared), read back with
// agmemread, laid out with gvLayout and drawn with gvRenderFilename.
//
// Graphviz keeps global state and its context is not thread-safe: every call creates its
// own GVC_t and frees it, the graph and the layout on every path (Resources below).
#include <gvc.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "export/render.h"

namespace guanxi {
namespace {

constexpr const char* kLayouts[] = {"dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"};
constexpr const char* kFormats[] = {"svg", "png", "pdf"};
// Above this many nodes dot's layered layout gets slow and unreadable: use sfdp.
constexpr size_t kLargeGraph = 300;

// dot's layers suit typed, directed triples (people on one side, events, titles, places on
// the other); an undirected people projection has no direction to layer by and reads far
// better spring-laid (neato); sfdp for anything large.
std::string default_layout(const Graph& graph) {
  if (graph.nodes().size() > kLargeGraph) return "sfdp";
  return graph.directed() ? "dot" : "neato";
}

// Owns what one render call allocates in Graphviz.
class Resources {
 public:
  Resources() : gvc_(gvContext()) {}
  ~Resources() {
    if (graph_ && laid_out_) gvFreeLayout(gvc_, graph_);
    if (graph_) agclose(graph_);
    if (gvc_) gvFreeContext(gvc_);
  }
  Resources(const Resources&) = delete;
  Resources& operator=(const Resources&) = delete;

  GVC_t* gvc() const { return gvc_; }
  Agraph_t* graph() const { return graph_; }
  void set_graph(Agraph_t* g) { graph_ = g; }
  void set_laid_out() { laid_out_ = true; }

 private:
  GVC_t* gvc_;
  Agraph_t* graph_ = nullptr;
  bool laid_out_ = false;
};

std::string graphviz_error(const char* what) {
  std::string message = what;
  // aglasterr returns a heap copy of the last message (or null): ours to free.
  if (char* last = aglasterr()) {
    std::string detail(last);
    std::free(last);
    while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
    if (!detail.empty()) message += ": " + detail;
  }
  return message;
}

template <size_t N>
bool one_of(const std::string& s, const char* const (&list)[N]) {
  return std::any_of(std::begin(list), std::end(list), [&](const char* x) { return s == x; });
}

void set_graph_attr(Agraph_t* g, const char* name, const char* value) {
  agattr(g, AGRAPH, const_cast<char*>(name), const_cast<char*>(value));
}

}  // namespace

Status render(const Graph& graph, const std::string& path, const RenderOptions& options) {
  std::string format = options.format;
  if (format.empty()) {
    format = std::filesystem::path(path).extension().string();
    if (!format.empty()) format.erase(0, 1);
    std::transform(format.begin(), format.end(), format.begin(), [](unsigned char c) { return std::tolower(c); });
  }
  if (!one_of(format, kFormats)) {
    return Status::InvalidArgument("cannot render '" + path + "': format '" + format +
                                   "' is not svg, png or pdf");
  }
  std::string layout = options.layout;
  if (layout.empty()) layout = default_layout(graph);
  if (!one_of(layout, kLayouts)) {
    return Status::InvalidArgument("unknown layout '" + layout +
                                   "' (dot, neato, fdp, sfdp, circo, twopi, osage, patchwork)");
  }
  {  // Graphviz reports an unwritable file only on stderr: find out first.
    std::ofstream probe(path, std::ios::binary | std::ios::trunc);
    if (!probe) return Status::IOError("cannot open " + path + " for writing");
  }

  std::ostringstream dot;
  ExportOptions style = options.style;
  if (graph.nodes().size() > kLargeGraph) style.edge_labels = false;
  GUANXI_RETURN_IF_ERROR(write_dot(graph, dot, style));

  Resources gv;
  if (!gv.gvc()) return Status::Internal("Graphviz: cannot create a context");
  gv.set_graph(agmemread(dot.str().c_str()));
  if (!gv.graph()) return Status::Internal(graphviz_error("Graphviz cannot read the DOT it was given"));
  if (layout != "dot") {
    // Force-directed layouts: no overlapping nodes, nodes drawn over edges.
    set_graph_attr(gv.graph(), "overlap", "prism");
    set_graph_attr(gv.graph(), "outputorder", "edgesfirst");
  }
  if (format == "png" && graph.nodes().size() <= kLargeGraph) {
    set_graph_attr(gv.graph(), "dpi", "144");  // sharp enough to paste into a report
  }
  if (graph.nodes().size() > kLargeGraph) {
    // At most 32 x 32 inches, and 24 x 24 for PNG (2304 pixels at 96 dpi): a 1,000-node
    // picture is still readable zoomed in, and rasterizing and encoding it (most of the time
    // of a large render) stays short. SVG and PDF are vector: size only scales them.
    set_graph_attr(gv.graph(), "size", format == "png" ? "24,24" : "32,32");
  }
  if (gvLayout(gv.gvc(), gv.graph(), layout.c_str()) != 0) {
    return Status::Internal(graphviz_error(("Graphviz layout '" + layout + "' failed").c_str()));
  }
  gv.set_laid_out();
  if (gvRenderFilename(gv.gvc(), gv.graph(), format.c_str(), path.c_str()) != 0) {
    return Status::IOError(graphviz_error(("cannot render " + path).c_str()));
  }
  return Status::Ok();
}

}  // namespace guanxi
