// guanxi neighbors NAME: the nodes one edge away from NAME, with the predicates.
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/graph_options.h"
#include "core/json.h"
#include "graph/neighbors.h"

namespace guanxi::cli {

namespace {

constexpr CommandSpec kSpec = {
    "neighbors",
    "[--db DIR] NAME [--predicate P] [--type T] [--since D] [--until D] [--format text|json]",
    "The direct neighbours of NAME (a person's name, a node id such as place:青川县, or any\n"
    "label) with the predicates linking them, most evidence first.",
    "--type filters the neighbours' types. Exit code 1 when NAME is unknown or has no\n"
    "neighbour under the filters. JSON: {\"node\": node, \"neighbors\": [{\"node\": node,\n"
    "\"predicate\", \"direction\": \"out\"|\"in\", \"evidence\", \"date\"}]}.\n"};

std::string to_text(const Neighborhood& n) {
  std::string out = n.centre.label + " (" + std::string(node_type_name(n.centre.type)) + "): " +
                    std::to_string(n.neighbors.size()) + " neighbours\n";
  for (const Neighbor& x : n.neighbors) {
    std::string arrow = x.outgoing ? "-" + x.predicate + "->" : "<-" + x.predicate + "-";
    arrow.resize(std::max<size_t>(arrow.size() + 1, 16), ' ');
    out += "  " + arrow + x.node.label + " (" + std::string(node_type_name(x.node.type)) + ")  " +
           std::to_string(x.evidence) + (x.evidence == 1 ? " sentence" : " sentences");
    if (!x.date.empty()) out += ", " + x.date;
    out += "\n";
  }
  return out;
}

std::string to_json(const Neighborhood& n) {
  std::string out = "{\"node\":";
  append_node_json(out, n.centre);
  out += ",\"neighbors\":[";
  for (size_t i = 0; i < n.neighbors.size(); ++i) {
    const Neighbor& x = n.neighbors[i];
    if (i) out += ',';
    out += "{\"node\":";
    append_node_json(out, x.node);
    out += ",\"predicate\":";
    append_json_string(out, x.predicate);
    out += x.outgoing ? ",\"direction\":\"out\"" : ",\"direction\":\"in\"";
    out += ",\"evidence\":" + std::to_string(x.evidence) + ",\"date\":";
    append_json_string(out, x.date);
    out += '}';
  }
  out += "]}\n";
  return out;
}

}  // namespace

int run_neighbors(int argc, char** argv) {
  po::options_description options("options");
  add_db_option(options);
  add_graph_options(options, GraphFlags{.ego = false, .projection = false, .types = true});
  add_text_json_option(options);
  options.add_options()("name", po::value<std::string>()->required()->value_name("NAME"), "the node");
  po::positional_options_description positional;
  positional.add("name", 1);
  po::variables_map vm;
  if (auto exit = parse_command_line(argc, argv, kSpec, options, positional, vm)) return *exit;

  auto query = graph_query_from(vm);
  auto json = json_requested(vm);
  if (!query.ok() || !json.ok()) {
    report_error("neighbors", query.ok() ? json.status() : query.status());
    return kExitError;
  }
  auto store = open_store_or_report(vm, /*read_only=*/true);
  if (!store) return kExitError;
  auto result = neighbors(*store, vm["name"].as<std::string>(), *query);
  if (!result.ok()) {
    report_error("neighbors", result.status());
    return exit_code_for(result.status());
  }
  std::cout << (*json ? to_json(*result) : to_text(*result));
  std::cout.flush();
  return result->neighbors.empty() ? kExitPartial : kExitOk;
}

}  // namespace guanxi::cli
