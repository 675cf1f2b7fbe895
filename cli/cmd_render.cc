// guanxi render: draw the selected graph with Graphviz (in-process) to SVG, PNG or PDF.
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/graph_options.h"
#include "export/render.h"

namespace guanxi::cli {

namespace {

constexpr CommandSpec kSpec = {
    "render",
    "[--db DIR] -o FILE.svg|.png|.pdf [--layout L] [filters]",
    "Draws the graph selected by the filters with Graphviz: shapes and colours by node\n"
    "type with a legend, Chinese labels in Noto Sans CJK SC, a title saying what is shown.",
    "The filters are those of `guanxi export` (default: every stored triple). The layout is\n"
    "sfdp above 300 nodes, else dot for triples and neato for --projection people;\n"
    "--layout overrides (dot, neato, fdp, sfdp, circo, twopi, osage, patchwork). The format\n"
    "comes from the file's extension.\n"};

}  // namespace

int run_render(int argc, char** argv) {
  po::options_description options("options");
  add_db_option(options);
  options.add_options()
    ("output,o", po::value<std::string>()->required()->value_name("FILE"),
     "the picture to write: .svg, .png or .pdf")
    ("layout", po::value<std::string>()->value_name("L"), "Graphviz layout (default: by size)")
    ("title", po::value<std::string>()->value_name("TEXT"),
     "graph title (default: what the filters select)")
    ("font", po::value<std::string>()->default_value("Noto Sans CJK SC")->value_name("NAME"),
     "font for every label (must cover Chinese)");
  add_graph_options(options);
  po::positional_options_description positional;
  po::variables_map vm;
  if (auto exit = parse_command_line(argc, argv, kSpec, options, positional, vm)) return *exit;

  auto query = graph_query_from(vm);
  if (!query.ok()) {
    report_error("render", query.status());
    return kExitError;
  }
  RenderOptions render_options;
  if (vm.count("layout")) render_options.layout = vm["layout"].as<std::string>();
  render_options.style.font = vm["font"].as<std::string>();
  render_options.style.title = vm.count("title") ? vm["title"].as<std::string>() : describe_query(*query);

  auto store = open_store_or_report(vm, /*read_only=*/true);
  if (!store) return kExitError;
  auto graph = build_graph(*store, *query);
  if (!graph.ok()) {
    report_error("render", graph.status());
    return exit_code_for(graph.status());
  }
  const std::string path = vm["output"].as<std::string>();
  if (Status s = render(*graph, path, render_options); !s.ok()) {
    report_error("render", s);
    return kExitError;
  }
  if (graph->nodes().empty()) {
    std::cerr << "guanxi render: the filters selected nothing (an empty picture was drawn)\n";
    return kExitPartial;
  }
  return kExitOk;
}

}  // namespace guanxi::cli
