// deps: guanxi_extract guanxi_core
// Extraction speed of the rule engine, per core (CPU time): MB/s and articles/s of extract() with the shipped
// ruleset, then with 10, 100 and 1000 generated rules added (cost must grow far slower than
// the number of rules), then one 1 MB line of hostile text against the whole ruleset.
//
// Two figures for the shipped ruleset: "first sight" is one pass in which every document is
// new to the process (after a warm-up on a built-in invented article, which pays the
// one-time costs: ICU's transliterator); "repeated" loops over the same documents. A matcher
// that builds automaton states lazily (RE2's DFA) finds text it has seen far cheaper than
// text it has not (docs/rules.md, "Speed"): a real corpus is mostly new text, so "first
// sight" is the honest figure. The same two figures follow for the same rules run on RE2
// alone (GUANXI_MATCHER=re2), the matcher the lattice matcher replaced, on the same input.
//
//   bench_extract_speed [--rules DIR] [--seconds S] [FILE...]
//       FILE...: documents to time (default: the sample pages in ../shared/seeds, else a
//       built-in invented article). Each measurement runs for about S seconds (default 2).
//       --shipped-only: only the first two figures (shipped ruleset, lattice matcher), e.g.
//       to compare two builds.
//   bench_extract_speed --jsonl [--trace] [--rules DIR] FILE...
//       no timing: writes the triples of each FILE as JSON Lines (the triples contract) to
//       standard output, to score a ruleset without the full `guanxi` binary.
#include <unistd.h>

#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/hash.h"
#include "core/json.h"
#include "extract/extractor.h"
#include "extract/reader.h"
#include "extract/ruleset.h"

namespace {

// CPU time of this process: the figure is per core, whatever else the machine is doing.
double cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

const char* kInvented =
    "全区秋冬农业生产工作推进会召开\n\n"
    "本报讯(记者 林小舟 通讯员 何知远) 9月3日上午，全区秋冬农业生产工作推进会召开。区委书记韩墨川出席会议并讲话。"
    "区委副书记、区长苏景和主持会议。区领导周望舒、郑澜、叶临川出席会议。\n"
    "韩墨川强调，要抓好秋冬农业生产，确保粮食安全。苏景和要求，各乡镇要压实责任。\n"
    "会上，北屿镇与南湖镇签订农业合作协议。韩墨川一行先后来到北屿镇农业园、南湖镇育苗基地，实地察看。\n";

std::vector<guanxi::Document> read_inputs(const std::vector<std::string>& paths) {
  std::vector<guanxi::Document> docs;
  guanxi::ReadOptions options;
  guanxi::Status s = guanxi::read_documents(
      paths, options, [&](guanxi::Document&& d) { docs.push_back(std::move(d)); },
      [](const guanxi::ReadError& e) { std::cerr << "skipped: " << e.to_string() << "\n"; });
  if (!s.ok()) std::cerr << s.to_string() << "\n";
  return docs;
}

guanxi::Document invented() {
  guanxi::Document d;
  d.text = kInvented;
  d.id = guanxi::content_hash(d.text);
  d.source = "invented";
  d.date = "2023-09-04";
  return d;
}

// A rule file of `n` generated rules over invented trigger words (they rarely fire).
std::string generated_rules(int n) {
  std::ostringstream y;
  y << "rules:\n";
  for (int i = 0; i < n; ++i) {
    y << "  - name: generated_" << i << "\n"
      << "    stage: relation\n"
      << "    pattern: '(?P<person>\\p{Han}{2,3})(?:试验动词" << i << "|模拟会见" << i << ")(?P<other>\\p{Han}{2,3})'\n"
      << "    captures: {person: {type: person, mode: strict}, other: {type: person, mode: strict}}\n"
      << "    emit: [[person, met, other]]\n";
  }
  return y.str();
}

struct Figure {
  double seconds = 0;
  uint64_t bytes = 0, articles = 0, triples = 0;
};

Figure time_extract(const std::vector<guanxi::Document>& docs, const guanxi::Ruleset& rules, double min_seconds) {
  Figure f;
  const double start = cpu_seconds();
  do {
    for (const guanxi::Document& d : docs) {
      guanxi::Extraction x = guanxi::extract(d, rules);
      f.bytes += d.text.size();
      f.articles += x.articles.size();
      f.triples += x.triples.size();
    }
    f.seconds = cpu_seconds() - start;
  } while (f.seconds < min_seconds);
  return f;
}

void print(const char* what, const Figure& f) {
  std::printf("%-34s %8.2f MB/s %10.0f articles/s %10.0f triples/s\n", what, f.bytes / 1e6 / f.seconds,
              f.articles / f.seconds, f.triples / f.seconds);
}

std::string hostile_line() {
  // Everything the patterns look for, in the worst order: titles, names, list separators,
  // cue words, event nouns, no sentence end, 1 MB in one line.
  const std::string piece = "市委书记、副市长张张张、李李李、王王出席参加主持召开会议会见了分别来到等地";
  std::string s;
  while (s.size() < (1u << 20)) s += piece;
  return "测试标题\n\n本报讯 " + s + "\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::string rules_dir = std::string(GUANXI_SOURCE_DIR) + "/rules";
  double seconds = 2;
  bool jsonl = false, trace = false, shipped_only = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--rules" && i + 1 < argc) rules_dir = argv[++i];
    else if (a == "--seconds" && i + 1 < argc) seconds = std::stod(argv[++i]);
    else if (a == "--jsonl") jsonl = true;
    else if (a == "--trace") trace = true;
    else if (a == "--shipped-only") shipped_only = true;
    else if (a == "--help" || a == "-h") {
      std::cout << "usage: bench_extract_speed [--rules DIR] [--seconds S] [--shipped-only] [FILE...]\n"
                   "       bench_extract_speed --jsonl [--trace] [--rules DIR] FILE...\n"
                   "Extraction speed per core (CPU time): MB/s and articles/s of the shipped ruleset on the\n"
                   "lattice matcher and on RE2 alone, with 10, 100 and 1000 generated rules, and a 1 MB\n"
                   "hostile line. FILE...: documents (default: ../shared/seeds). --jsonl: no timing, the\n"
                   "triples of each FILE as JSON Lines.\n";
      return 0;
    } else paths.push_back(a);
  }
  const double load_start = cpu_seconds();
  auto rules = guanxi::Ruleset::load({rules_dir});
  const double load_seconds = cpu_seconds() - load_start;
  if (!rules.ok()) {
    std::cerr << rules.status().to_string() << "\n";
    return 2;
  }
  if (jsonl) {
    std::string out;
    const guanxi::TraceSink sink = [](const guanxi::TraceEvent& e) {
      std::cerr << e.what << "\t" << e.rule << "\t" << e.text << "\t" << e.detail << "\n";
    };
    for (const guanxi::Document& d : read_inputs(paths)) {
      for (const guanxi::Triple& t : guanxi::extract(d, **rules, trace ? &sink : nullptr).triples) {
        out.clear();
        guanxi::append_triple_json(out, t);
        std::cout << out << "\n";
      }
    }
    return 0;
  }
  const std::string seeds = std::string(GUANXI_SOURCE_DIR) + "/../shared/seeds";
  if (paths.empty() && std::filesystem::is_directory(seeds)) paths.push_back(seeds);
  std::vector<guanxi::Document> docs = paths.empty() ? std::vector<guanxi::Document>{invented()} : read_inputs(paths);
  uint64_t total = 0;
  for (const auto& d : docs) total += d.text.size();
  std::printf("input: %zu documents, %.1f KB\n", docs.size(), total / 1e3);

  std::printf("ruleset loaded in %.2f s CPU\n", load_seconds);

  guanxi::extract(invented(), **rules);  // one-time costs, off the clock
  print("shipped ruleset, first sight", time_extract(docs, **rules, 0));
  print("shipped ruleset, repeated", time_extract(docs, **rules, seconds));
  if (shipped_only) return 0;
  {
    ::setenv("GUANXI_MATCHER", "re2", 1);  // read by the loader
    auto on_re2 = guanxi::Ruleset::load({rules_dir});
    ::unsetenv("GUANXI_MATCHER");
    if (!on_re2.ok()) {
      std::cerr << on_re2.status().to_string() << "\n";
      return 2;
    }
    guanxi::extract(invented(), **on_re2);
    print("same rules on RE2, first sight", time_extract(docs, **on_re2, 0));
    print("same rules on RE2, repeated", time_extract(docs, **on_re2, seconds));
  }
  const std::filesystem::path tmp = std::filesystem::temp_directory_path() / ("guanxi_bench_rules_" + std::to_string(::getpid()));
  for (int n : {10, 100, 1000}) {
    std::filesystem::create_directories(tmp);
    std::ofstream(tmp / "zz_generated.yaml") << generated_rules(n);
    auto more = guanxi::Ruleset::load({rules_dir, (tmp / "zz_generated.yaml").string()});
    if (!more.ok()) {
      std::cerr << more.status().to_string() << "\n";
      return 2;
    }
    std::string label = "shipped + " + std::to_string(n) + " generated rules";
    print(label.c_str(), time_extract(docs, **more, seconds));
  }
  std::filesystem::remove_all(tmp);

  guanxi::Document hostile;
  hostile.text = hostile_line();
  hostile.id = guanxi::content_hash(hostile.text);
  const double start = cpu_seconds();
  guanxi::Extraction x = guanxi::extract(hostile, **rules);
  const double s = cpu_seconds() - start;
  std::printf("hostile 1 MB line: %.3f s CPU (%zu triples)\n", s, x.triples.size());
  return 0;
}
