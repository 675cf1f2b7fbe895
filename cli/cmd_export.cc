// guanxi export: the selected graph as DOT, GraphML or JSON (nodes/links).
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/graph_options.h"
#include "export/writers.h"

namespace guanxi::cli {

namespace {

constexpr CommandSpec kSpec = {
    "export",
    "[--db DIR] [--format dot|graphml|json] [-o FILE] [filters]",
    "Writes the graph selected by the filters as DOT (Graphviz), GraphML (Gephi, yEd,\n"
    "Cytoscape, networkx) or JSON nodes/links (D3, Cytoscape.js, networkx node_link_graph).",
    "Without filters the graph holds every stored triple as a typed, directed edge\n"
    "(--projection triples). --projection people links two people by the events both\n"
    "attended or chaired and by explicit meetings (undirected, weighted, with the events).\n"
    "--person NAME --depth K keeps the ego network of NAME: the people within K hops\n"
    "(person -> event -> person is one hop) and their edges. An unknown NAME exits 1.\n"
    "--format defaults to the extension of -o (.dot/.gv, .graphml, .json), else dot.\n"};

Result<std::string> format_from(const po::variables_map& vm, const std::string& path) {
  if (vm.count("format")) {
    std::string f = vm["format"].as<std::string>();
    if (f == "dot" || f == "graphml" || f == "json") return f;
    return Status::InvalidArgument("--format must be dot, graphml or json, not '" + f + "'");
  }
  auto ends_with = [&](std::string_view s) {
    return path.size() >= s.size() && path.compare(path.size() - s.size(), s.size(), s) == 0;
  };
  if (ends_with(".graphml")) return std::string("graphml");
  if (ends_with(".json")) return std::string("json");
  return std::string("dot");
}

}  // namespace

int run_export(int argc, char** argv) {
  po::options_description options("options");
  add_db_option(options);
  options.add_options()
    ("format,f", po::value<std::string>()->value_name("FMT"), "dot, graphml or json")
    ("output,o", po::value<std::string>()->default_value("-")->value_name("FILE"),
     "where to write (- = standard output)")
    ("title", po::value<std::string>()->value_name("TEXT"),
     "graph title (default: what the filters select)");
  add_graph_options(options);
  po::positional_options_description positional;
  po::variables_map vm;
  if (auto exit = parse_command_line(argc, argv, kSpec, options, positional, vm)) return *exit;

  const std::string path = vm["output"].as<std::string>();
  auto format = format_from(vm, path);
  auto query = graph_query_from(vm);
  if (!format.ok() || !query.ok()) {
    report_error("export", format.ok() ? query.status() : format.status());
    return kExitError;
  }
  auto store = open_store_or_report(vm, /*read_only=*/true);
  if (!store) return kExitError;
  auto graph = build_graph(*store, *query);
  if (!graph.ok()) {
    report_error("export", graph.status());
    return exit_code_for(graph.status());
  }
  ExportOptions style;
  style.title = vm.count("title") ? vm["title"].as<std::string>() : describe_query(*query);
  Status written = write_output(path, [&](std::ostream& out) {
    if (*format == "graphml") return write_graphml(*graph, out, style);
    if (*format == "json") return write_json(*graph, out, style);
    return write_dot(*graph, out, style);
  });
  if (!written.ok()) {
    report_error("export", written);
    return kExitError;
  }
  if (graph->nodes().empty()) {
    std::cerr << "guanxi export: the filters selected nothing (an empty graph was written)\n";
    return kExitPartial;
  }
  return kExitOk;
}

}  // namespace guanxi::cli
