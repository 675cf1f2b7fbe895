// guanxi ingest: read -> extract -> store, one document at a time, each in one atomic batch.
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/input_options.h"
#include "cli/progress.h"
#include "extract/extractor.h"

namespace guanxi::cli {

namespace {

constexpr CommandSpec kSpec = {
    "ingest",
    "[--db DIR] [--rules PATH] [--date YYYY-MM-DD] PATH...",
    "Reads documents (text pages or JSON Lines, any supported encoding), extracts triples\n"
    "with the rules, and adds them to the store. Each document is written atomically;\n"
    "a document already stored with the same rules is skipped, and one stored with other\n"
    "rules has its triples replaced.",
    "A file that cannot be read or decoded is reported with its name and byte offset and\n"
    "skipped; everything else is stored, and the exit code is 1.\n"};

struct Counters {
  uint64_t added = 0, unchanged = 0, replaced = 0, rejected = 0;
  uint64_t articles = 0, triples = 0, bytes = 0;
  uint64_t documents() const { return added + unchanged + replaced; }
};

}  // namespace

int run_ingest(int argc, char** argv) {
  po::options_description options("options");
  add_db_option(options);
  add_rules_option(options);
  add_input_options(options);
  options.add_options()("quiet,q", "no progress on standard error");
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  if (auto exit = parse_command_line(argc, argv, kSpec, options, positional, vm)) return *exit;

  const std::vector<std::string> paths = input_paths(vm, /*default_stdin=*/false);
  if (paths.empty()) {
    std::cerr << "guanxi ingest: no input (give files, directories, or - for standard input)\n";
    return kExitError;
  }
  auto read_options = read_options_from(vm);
  if (!read_options.ok()) {
    report_error("ingest", read_options.status());
    return kExitError;
  }
  auto rules = load_rules_or_report(vm);
  if (!rules) return kExitError;
  auto store = open_store_or_report(vm, /*read_only=*/false);
  if (!store) return kExitError;

  Counters n;
  Status fatal;
  Progress progress("ingest", vm.count("quiet") > 0);
  Status read_status = read_documents(
      paths, *read_options,
      [&](Document&& doc) {
        if (!fatal.ok()) return;  // the store failed: stop writing, keep what is stored
        Extraction x = extract(doc, *rules);
        auto outcome = store->put_document(doc, x.triples, rules->hash());
        if (!outcome.ok()) {
          fatal = Status(outcome.status().code(),
                         "cannot store " + doc.source + ": " + outcome.status().message());
          return;
        }
        switch (*outcome) {
          case PutOutcome::kAdded: ++n.added; break;
          case PutOutcome::kUnchanged: ++n.unchanged; break;
          case PutOutcome::kReplaced: ++n.replaced; break;
        }
        n.articles += x.articles.size();
        n.triples += x.triples.size();
        n.bytes += doc.text.size();
        progress.update(n.documents(), n.triples, n.bytes);
      },
      [&](const ReadError& e) {
        progress.finish();
        ++n.rejected;
        std::cerr << "guanxi ingest: rejected " << e.to_string() << "\n";
      });
  progress.finish();
  if (!read_status.ok()) {
    report_error("ingest", read_status);
    return kExitError;
  }
  if (!fatal.ok()) {
    report_error("ingest", fatal);
    std::cerr << "guanxi ingest: stopped; the " << n.documents()
              << " documents before it are stored\n";
    return kExitError;
  }
  const double s = progress.seconds();
  std::cout << "ingested into " << vm["db"].as<std::string>() << ": " << n.documents()
            << " documents (" << n.added << " added, " << n.unchanged << " unchanged, "
            << n.replaced << " replaced), " << n.rejected << " rejected\n"
            << "  " << n.articles << " articles, " << n.triples << " triples extracted, "
            << static_cast<int>(s * 1000) / 1000.0 << " s";
  if (s > 0) std::cout << " (" << static_cast<int>(n.bytes / 1e6 / s * 10) / 10.0 << " MB/s)";
  std::cout << "\n";
  return n.rejected > 0 ? kExitPartial : kExitOk;
}

}  // namespace guanxi::cli
