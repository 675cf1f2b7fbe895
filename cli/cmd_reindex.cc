// guanxi reindex: re-extract every stored document with the current rules and replace its
// triples, so that no triple from an older ruleset survives a rule change.
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "extract/extractor.h"

namespace guanxi::cli {

namespace {

constexpr CommandSpec kSpec = {
    "reindex", "[--db DIR] [--rules PATH]",
    "Re-extracts the stored documents with the current rules. A document extracted with\n"
    "other rules has its triples replaced (atomically, one document at a time); one already\n"
    "extracted with these rules is left as it is.",
    "Stopping it midway is safe: every document holds either its old or its new triples, and\n"
    "running it again finishes the work.\n"};

}  // namespace

int run_reindex(int argc, char** argv) {
  po::options_description options("options");
  add_db_option(options);
  add_rules_option(options);
  po::positional_options_description positional;
  po::variables_map vm;
  if (auto exit = parse_command_line(argc, argv, kSpec, options, positional, vm)) return *exit;
  auto rules = load_rules_or_report(vm);
  if (!rules) return kExitError;
  StoreOptions so;
  so.create_if_missing = false;
  const std::string dir = vm["db"].as<std::string>();
  auto opened = Store::open(dir, so);
  if (!opened.ok()) {
    report_error("reindex", opened.status());
    return kExitError;
  }
  Store& store = **opened;

  uint64_t replaced = 0, unchanged = 0, triples = 0;
  Status failed;
  Status st = store.for_each_document([&](const Document& doc) {
    Extraction x = extract(doc, *rules);
    auto outcome = store.put_document(doc, x.triples, rules->hash());
    if (!outcome.ok()) {
      failed = Status(outcome.status().code(), "document " + doc.id + " (" + doc.source +
                                                   "): " + outcome.status().message());
      return false;
    }
    (*outcome == PutOutcome::kUnchanged ? unchanged : replaced)++;
    triples += x.triples.size();
    return true;
  });
  if (st.ok()) st = failed;
  if (st.ok()) st = store.flush();
  if (!st.ok()) {
    report_error("reindex", st);
    std::cerr << "guanxi reindex: stopped; " << replaced << " documents were re-extracted before it\n";
    return kExitError;
  }
  std::cout << "reindexed " << dir << ": " << replaced + unchanged << " documents (" << replaced
            << " re-extracted, " << unchanged << " already current), " << triples << " triples\n";
  return kExitOk;
}

}  // namespace guanxi::cli
