// guanxi top: people ranked by degree or betweenness in the who-met projection.
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/graph_options.h"
#include "core/json.h"
#include "graph/components.h"
#include "graph/ranking.h"

namespace guanxi::cli {

namespace {

constexpr CommandSpec kSpec = {
    "top",
    "[--db DIR] [--by degree|betweenness] [--limit N] [filters] [--format text|json]",
    "The most connected people of the who-met projection (two people are linked when both\n"
    "attended or chaired one event, or met): by degree (distinct people linked) or by\n"
    "betweenness (Brandes: how many shortest chains between others pass through them).",
    "The filters are those of `guanxi export` (--since, --until, --predicate, --person NAME\n"
    "--depth K). Betweenness is not normalized (networkx normalized=False). weight = the\n"
    "shared events and meetings summed over a person's links; component = which connected\n"
    "group the person belongs to (0 = the group of the first person found).\n"
    "JSON: {\"by\", \"people\": [{\"rank\", \"id\", \"label\", \"score\", \"degree\", \"weight\",\n"
    "\"component\"}]}. Exit code 1 when nobody is found.\n"};

std::string number(double x) {
  std::ostringstream s;
  s << std::setprecision(6) << x;
  return s.str();
}

}  // namespace

int run_top(int argc, char** argv) {
  po::options_description options("options");
  add_db_option(options);
  options.add_options()
    ("by", po::value<std::string>()->default_value("degree")->value_name("C"), "degree or betweenness")
    ("limit,n", po::value<size_t>()->default_value(20)->value_name("N"), "how many (0 = all)");
  add_graph_options(options, GraphFlags{.ego = true, .projection = false, .types = false});
  add_text_json_option(options);
  po::positional_options_description positional;
  po::variables_map vm;
  if (auto exit = parse_command_line(argc, argv, kSpec, options, positional, vm)) return *exit;

  auto query = graph_query_from(vm);
  auto json = json_requested(vm);
  const std::string by = vm["by"].as<std::string>();
  if (!query.ok() || !json.ok()) {
    report_error("top", query.ok() ? json.status() : query.status());
    return kExitError;
  }
  if (by != "degree" && by != "betweenness") {
    report_error("top", Status::InvalidArgument("--by must be degree or betweenness, not '" + by + "'"));
    return kExitError;
  }
  query->projection = Projection::kPeople;
  auto store = open_store_or_report(vm, /*read_only=*/true);
  if (!store) return kExitError;
  auto graph = build_graph(*store, *query);
  if (!graph.ok()) {
    report_error("top", graph.status());
    return exit_code_for(graph.status());
  }
  if (by == "betweenness" && graph->nodes().size() > 2000) {
    std::cerr << "guanxi top: exact betweenness over " << graph->nodes().size() << " people and "
              << graph->edges().size() << " links takes a while (filters make it faster)\n";
  }
  const auto ranked = rank_nodes(*graph, by == "degree" ? Centrality::kDegree : Centrality::kBetweenness,
                                 vm["limit"].as<size_t>(), NodeType::kPerson);
  const Components components = connected_components(*graph);
  std::string out;
  if (*json) {
    out = "{\"by\":\"" + by + "\",\"people\":[";
    for (size_t i = 0; i < ranked.size(); ++i) {
      const Ranked& r = ranked[i];
      const Node& n = graph->nodes()[r.node].node;
      if (i) out += ',';
      out += "{\"rank\":" + std::to_string(i + 1) + ",\"id\":";
      append_json_string(out, n.id);
      out += ",\"label\":";
      append_json_string(out, n.label);
      out += ",\"score\":" + number(r.score) + ",\"degree\":" + std::to_string(r.degree) +
             ",\"weight\":" + number(r.strength) + ",\"component\":" + std::to_string(components.of[r.node]) + "}";
    }
    out += "]}\n";
  } else {
    std::ostringstream s;
    const bool betweenness = by == "betweenness";
    s << std::left << std::setw(6) << "rank";
    if (betweenness) s << std::setw(13) << "betweenness";
    s << std::setw(8) << "degree" << std::setw(8) << "weight" << "person\n";
    for (size_t i = 0; i < ranked.size(); ++i) {
      const Ranked& r = ranked[i];
      s << std::setw(6) << i + 1;
      if (betweenness) s << std::setw(13) << number(r.score);
      s << std::setw(8) << r.degree << std::setw(8) << number(r.strength) << graph->nodes()[r.node].node.label
        << "\n";
    }
    out = s.str();
  }
  std::cout << out;
  std::cout.flush();
  return ranked.empty() ? kExitPartial : kExitOk;
}

}  // namespace guanxi::cli
