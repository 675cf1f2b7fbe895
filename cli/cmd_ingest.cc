// guanxi ingest: read -> extract -> store. Documents are read into batches; each batch is
// extracted on all cores (extraction is a pure function), then written in input order, one
// atomic store batch per document, so results and counts do not depend on thread timing.
#include <cstdio>
#include <iostream>

#include "core/parallel.h"

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
    "skipped; everything else is stored, and the exit code is 1.\n\n"
    "Documents are extracted in batches on every core and each batch is written at once;\n"
    "every document is atomic (wholly stored or not at all, even if the run is killed).\n"
    "--bulk skips the write-ahead log: documents become durable, and visible to readers,\n"
    "when the run ends; a killed bulk run loses the documents of its unfinished batches\n"
    "(each wholly), and running it again adds exactly those.\n"};

struct Counters {
  uint64_t added = 0, unchanged = 0, replaced = 0, rejected = 0;
  uint64_t articles = 0, triples = 0, bytes = 0;
  uint64_t documents() const { return added + unchanged + replaced; }
};

// A batch is extracted in parallel once it holds this many documents or bytes.
constexpr size_t kBatchDocuments = 256;
constexpr size_t kBatchBytes = 8 << 20;

}  // namespace

int run_ingest(int argc, char** argv) {
  po::options_description options("options");
  add_db_option(options);
  add_rules_option(options);
  add_input_options(options);
  options.add_options()
    ("threads,j", po::value<unsigned>()->default_value(0)->value_name("N"),
     "extraction threads (0 = one per core)")
    ("bulk", "for large corpora: faster writes that skip the write-ahead log and compact at "
             "the end (see --help)")
    ("quiet,q", "no progress on standard error");
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
  const bool bulk = vm.count("bulk") > 0;
  auto store = open_store_or_report(vm, /*read_only=*/false, bulk);
  if (!store) return kExitError;

  Counters n;
  Status fatal;
  Progress progress("ingest", vm.count("quiet") > 0);
  const unsigned threads = vm["threads"].as<unsigned>() > 0 ? vm["threads"].as<unsigned>()
                                                              : default_threads();
  std::vector<Document> batch;
  size_t batch_bytes = 0;
  std::vector<Extraction> extracted;
  auto flush = [&] {
    extracted.assign(batch.size(), Extraction{});
    parallel_for(batch.size(), threads, [&](size_t i) { extracted[i] = extract(batch[i], *rules); });
    std::vector<DocumentTriples> writes(batch.size());
    for (size_t i = 0; i < batch.size(); ++i) writes[i] = {&batch[i], &extracted[i].triples};
    auto outcomes = store->put_documents(writes, rules->hash());
    if (!outcomes.ok()) {
      fatal = Status(outcomes.status().code(), "cannot store the batch of " + batch.front().source +
                                                   " ...: " + outcomes.status().message());
    } else {
      for (size_t i = 0; i < batch.size(); ++i) {
        switch ((*outcomes)[i]) {
          case PutOutcome::kAdded: ++n.added; break;
          case PutOutcome::kUnchanged: ++n.unchanged; break;
          case PutOutcome::kReplaced: ++n.replaced; break;
        }
        n.articles += extracted[i].articles.size();
        n.triples += extracted[i].triples.size();
        n.bytes += batch[i].text.size();
      }
    }
    progress.update(n.documents(), n.triples, n.bytes);
    batch.clear();
    batch_bytes = 0;
  };
  Status read_status = read_documents(
      paths, *read_options,
      [&](Document&& doc) {
        if (!fatal.ok()) return;  // the store failed: stop writing, keep what is stored
        batch_bytes += doc.text.size();
        batch.push_back(std::move(doc));
        if (batch.size() >= kBatchDocuments || batch_bytes >= kBatchBytes) flush();
      },
      [&](const ReadError& e) {
        progress.finish();
        ++n.rejected;
        std::cerr << "guanxi ingest: rejected " << e.to_string() << "\n";
      });
  if (fatal.ok() && !batch.empty()) flush();
  if (fatal.ok()) fatal = store->flush();
  if (fatal.ok() && bulk) fatal = store->compact();
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
  char timing[96];
  std::snprintf(timing, sizeof timing, "%.2f s (%.2f MB/s)", s, s > 0 ? n.bytes / 1e6 / s : 0.0);
  std::cout << "ingested into " << vm["db"].as<std::string>() << ": " << n.documents()
            << " documents (" << n.added << " added, " << n.unchanged << " unchanged, "
            << n.replaced << " replaced), " << n.rejected << " rejected\n"
            << "  " << n.articles << " articles, " << n.triples << " triples extracted, "
            << timing << "\n";
  return n.rejected > 0 ? kExitPartial : kExitOk;
}

}  // namespace guanxi::cli
