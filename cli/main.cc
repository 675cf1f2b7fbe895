// guanxi: Chinese news -> knowledge graph of who met whom.
// main() only dispatches to a command; see cli/commands.h.
#include <csignal>
#include <cstring>
#include <iostream>
#include <string_view>

#include "cli/commands.h"
#include "cli/common.h"

namespace {

struct Entry {
  const char* name;
  int (*run)(int, char**);
  const char* summary;
};

// The command table, in the order of the data flow.
constexpr Entry kCommands[] = {
    {"ingest", guanxi::cli::run_ingest, "read documents, extract triples, add them to the store"},
    {"segment", guanxi::cli::run_segment, "show how pages split into articles (headline, lead, reporters)"},
    {"extract", guanxi::cli::run_extract, "read documents, write triples as JSON Lines (no store)"},
    {"triples", guanxi::cli::run_triples, "list stored triples (JSON Lines or TSV)"},
    {"who-met", guanxi::cli::run_who_met, "the people a person met or was present with"},
    {"explain", guanxi::cli::run_explain, "the sentences and rules behind a triple"},
    {"stats", guanxi::cli::run_stats, "what the store holds: documents, triples, evidence, terms"},
    {"reindex", guanxi::cli::run_reindex, "re-extract stored documents with the current rules"},
    {"export", guanxi::cli::run_export, "write the graph as DOT, GraphML or JSON"},
    {"render", guanxi::cli::run_render, "draw the graph to SVG, PNG or PDF with Graphviz"},
    {"path", guanxi::cli::run_path, "the shortest chain of people and events linking two people"},
    {"neighbors", guanxi::cli::run_neighbors, "the direct neighbours of a node, with predicates"},
    {"top", guanxi::cli::run_top, "people ranked by degree or betweenness"},
    {"rules", guanxi::cli::run_rules, "test or lint a rule set (examples, unused lexicons ...)"},
};

void print_help(std::ostream& out) {
  out << "usage: guanxi COMMAND [OPTIONS] [ARGS]\n\n"
         "guanxi turns Chinese news articles into a knowledge graph of who met whom:\n"
         "YAML rules extract typed triples, RocksDB stores them with their evidence,\n"
         "and the graph is queried, exported and drawn.\n\ncommands:\n";
  for (const Entry& e : kCommands) {
    out << "  " << e.name << std::string(12 - std::strlen(e.name), ' ') << e.summary << "\n";
  }
  out << "\n`guanxi COMMAND --help` shows a command's options.\n"
         "exit codes: 0 success, 1 some input rejected or nothing found, 2 usage or fatal error\n";
}

}  // namespace

int main(int argc, char** argv) {
  // A closed pipe (`guanxi triples | head`) ends output quietly instead of killing us.
  std::signal(SIGPIPE, SIG_IGN);
  std::ios::sync_with_stdio(false);
  if (argc < 2) {
    print_help(std::cerr);
    return guanxi::cli::kExitError;
  }
  std::string_view name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    print_help(std::cout);
    return guanxi::cli::kExitOk;
  }
  if (name == "--version") {
    std::cout << "guanxi " << GUANXI_VERSION << "\n";
    return guanxi::cli::kExitOk;
  }
  for (const Entry& e : kCommands) {
    if (name == e.name) return e.run(argc - 1, argv + 1);
  }
  std::cerr << "guanxi: unknown command '" << name << "'\n\n";
  print_help(std::cerr);
  return guanxi::cli::kExitError;
}
