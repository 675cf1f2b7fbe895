// guanxi path A B: the shortest chain of people and events linking two people.
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/graph_options.h"
#include "core/json.h"
#include "graph/paths.h"

namespace guanxi::cli {

namespace {

constexpr CommandSpec kSpec = {
    "path",
    "[--db DIR] A B [--since D] [--until D] [--predicate P] [--format text|json]",
    "The shortest chain of people and events linking person A to person B: who attended\n"
    "or chaired which event with whom, and who met whom (breadth-first search, fewest hops).",
    "--predicate chooses the links (default: attended, chaired, met); --since/--until keep\n"
    "only evidence in that range. Exit code 1 when a name is unknown or no chain exists.\n"
    "JSON: {\"from\": node, \"to\": node, \"hops\": N or null, \"nodes\": [node...],\n"
    "\"edges\": [{\"source\", \"target\", \"predicate\", \"evidence\", \"date\"}]}.\n"};

std::string to_text(const PersonPath& r) {
  if (!r.path) return "no chain links " + r.from.label + " and " + r.to.label + "\n";
  const auto& nodes = r.graph.nodes();
  const Path& p = *r.path;
  auto describe = [&](size_t n) {
    std::string s = nodes[n].node.label;
    if (nodes[n].node.type != NodeType::kPerson) {
      s += " (" + std::string(node_type_name(nodes[n].node.type));
      if (!nodes[n].date.empty()) s += ", " + nodes[n].date;
      s += ")";
    }
    return s;
  };
  std::string out = describe(p.nodes[0]) + "\n";
  for (size_t i = 0; i < p.edges.size(); ++i) {
    const GraphEdge& e = r.graph.edges()[p.edges[i]];
    const bool forward = e.source == p.nodes[i];
    std::string arrow = forward ? "-" + e.predicate + "->" : "<-" + e.predicate + "-";
    arrow.resize(std::max<size_t>(arrow.size() + 1, 14), ' ');
    out += "  " + arrow + describe(p.nodes[i + 1]) + "\n";
  }
  out += std::to_string(p.edges.size()) + (p.edges.size() == 1 ? " hop\n" : " hops\n");
  return out;
}

std::string to_json(const PersonPath& r) {
  std::string out = "{\"from\":";
  append_node_json(out, r.from);
  out += ",\"to\":";
  append_node_json(out, r.to);
  out += ",\"hops\":" + (r.path ? std::to_string(r.path->edges.size()) : std::string("null"));
  out += ",\"nodes\":[";
  const auto& nodes = r.graph.nodes();
  if (r.path) {
    for (size_t i = 0; i < r.path->nodes.size(); ++i) {
      if (i) out += ',';
      const GraphNode& n = nodes[r.path->nodes[i]];
      append_dated_node_json(out, n.node, n.date);
    }
  }
  out += "],\"edges\":[";
  if (r.path) {
    for (size_t i = 0; i < r.path->edges.size(); ++i) {
      const GraphEdge& e = r.graph.edges()[r.path->edges[i]];
      if (i) out += ',';
      out += "{\"source\":";
      append_json_string(out, nodes[e.source].node.id);
      out += ",\"target\":";
      append_json_string(out, nodes[e.target].node.id);
      out += ",\"predicate\":";
      append_json_string(out, e.predicate);
      out += ",\"evidence\":" + std::to_string(e.evidence) + ",\"date\":";
      append_json_string(out, e.date);
      out += '}';
    }
  }
  out += "]}\n";
  return out;
}

}  // namespace

int run_path(int argc, char** argv) {
  po::options_description options("options");
  add_db_option(options);
  add_graph_options(options, GraphFlags{.ego = false, .projection = false, .types = false});
  add_text_json_option(options);
  options.add_options()("from", po::value<std::string>()->required()->value_name("A"), "first person")(
      "to", po::value<std::string>()->required()->value_name("B"), "second person");
  po::positional_options_description positional;
  positional.add("from", 1).add("to", 1);
  po::variables_map vm;
  if (auto exit = parse_command_line(argc, argv, kSpec, options, positional, vm)) return *exit;

  auto query = graph_query_from(vm);
  auto json = json_requested(vm);
  if (!query.ok() || !json.ok()) {
    report_error("path", query.ok() ? json.status() : query.status());
    return kExitError;
  }
  auto store = open_store_or_report(vm, /*read_only=*/true);
  if (!store) return kExitError;
  const std::string a = vm["from"].as<std::string>(), b = vm["to"].as<std::string>();
  auto result = person_path(*store, a, b, *query);
  if (!result.ok()) {
    report_error("path", result.status());
    return exit_code_for(result.status());
  }
  if (*json) {
    std::cout << to_json(*result);
  } else {
    std::cout << to_text(*result);
  }
  std::cout.flush();
  return result->path ? kExitOk : kExitPartial;
}

}  // namespace guanxi::cli
