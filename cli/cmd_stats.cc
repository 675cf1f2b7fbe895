// guanxi stats: how much the store holds (documents, distinct triples, evidence records,
// terms) and its size on disk.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"

namespace guanxi::cli {

namespace {

constexpr CommandSpec kSpec = {
    "stats", "[--db DIR] [--format text|json]",
    "Counts what the store holds: documents, distinct triples (subject, predicate, object),\n"
    "evidence records (one per sentence and rule), terms, and bytes on disk.",
    ""};

}  // namespace

int run_stats(int argc, char** argv) {
  po::options_description options("options");
  add_db_option(options);
  options.add_options()("format", po::value<std::string>()->default_value("text")->value_name("text|json"),
                        "output format");
  po::positional_options_description positional;
  po::variables_map vm;
  if (auto exit = parse_command_line(argc, argv, kSpec, options, positional, vm)) return *exit;
  const std::string format = vm["format"].as<std::string>();
  if (format != "text" && format != "json") {
    std::cerr << "guanxi stats: --format must be text or json, not '" << format << "'\n";
    return kExitError;
  }
  auto store = open_store_or_report(vm, /*read_only=*/true);
  if (!store) return kExitError;
  auto st = store->stats();
  if (!st.ok()) {
    report_error("stats", st.status());
    return kExitError;
  }
  const uint64_t bytes = disk_usage(vm["db"].as<std::string>());
  if (format == "json") {
    std::cout << "{\"documents\":" << st->documents << ",\"triples\":" << st->triples
              << ",\"provenance\":" << st->provenance << ",\"terms\":" << st->terms << ",\"bytes\":" << bytes
              << "}\n";
  } else {
    std::cout << "documents   " << st->documents << "\n"
              << "triples     " << st->triples << "\n"
              << "evidence    " << st->provenance << "\n"
              << "terms       " << st->terms << "\n"
              << "disk        " << bytes / (1 << 20) << " MiB\n";
  }
  return kExitOk;
}

}  // namespace guanxi::cli
