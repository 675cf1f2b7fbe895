// deps: guanxi_graph guanxi_store guanxi_core
// who-met latency on a synthetic store: p50/p90/p99/max over random people (uniform over
// the population, so most are occasional attendees and some are leaders with thousands of
// events), after a warm-up, with the store opened read-only as `guanxi who-met` does.
//
//   bench_store_who_met [--triples N] [--db DIR] [--queries Q] [--seed S] [--cache-mb M] [--no-mmap]
//
// The store is built by the generator of bench/store_synth.h (as bench_store_ingest
// --keep does) at DIR when DIR holds none; default N = 1,000,000 at
// $TMPDIR/guanxi-bench-who-met-N (kept for the next run). The figure is for
// N = 10,000,000 (builds in a few minutes, about 2 GB).

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>

#include "bench/store_synth.h"
#include "graph/who_met.h"
#include "store/store.h"

namespace {

using Clock = std::chrono::steady_clock;

bool build(const std::string& dir, uint64_t target) {
  std::cerr << "building a store of " << target << " triples at " << dir << " ...\n";
  guanxi::StoreOptions options;
  options.bulk_load = true;
  options.load_files = true;
  auto opened = guanxi::Store::open(dir, options);
  if (!opened.ok()) {
    std::cerr << opened.status().to_string() << "\n";
    return false;
  }
  guanxi::bench::SyntheticNews news(std::max<size_t>(2000, target / 50), 42);
  const size_t kBatch = 1000;
  std::vector<guanxi::Document> docs(kBatch);
  std::vector<std::vector<guanxi::Triple>> triples(kBatch);
  uint64_t n = 0, total = 0;
  while (total < target) {
    std::vector<guanxi::DocumentTriples> batch;
    for (size_t i = 0; i < kBatch && total < target; ++i) {
      docs[i] = news.next(n++, triples[i]);
      total += triples[i].size();
      batch.push_back({&docs[i], &triples[i]});
    }
    auto r = (*opened)->put_documents(batch, "synthetic-rules");
    if (!r.ok()) {
      std::cerr << r.status().to_string() << "\n";
      return false;
    }
  }
  guanxi::Status s = (*opened)->compact();
  if (!s.ok()) std::cerr << s.to_string() << "\n";
  return s.ok();
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t target = 1'000'000;
  std::string dir;
  size_t queries = 1000;
  uint64_t seed = 7;
  size_t cache_mb = 256;
  bool map_files = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--triples" && i + 1 < argc) target = std::stoull(argv[++i]);
    else if (a == "--db" && i + 1 < argc) dir = argv[++i];
    else if (a == "--queries" && i + 1 < argc) queries = std::stoul(argv[++i]);
    else if (a == "--seed" && i + 1 < argc) seed = std::stoull(argv[++i]);
    else if (a == "--cache-mb" && i + 1 < argc) cache_mb = std::stoul(argv[++i]);
    else if (a == "--no-mmap") map_files = false;
    else {
      std::cerr << "usage: bench_store_who_met [--triples N] [--db DIR] [--queries Q] [--seed S] [--cache-mb M] [--no-mmap]\n";
      return 2;
    }
  }
  if (dir.empty()) {
    dir = (std::filesystem::temp_directory_path() / ("guanxi-bench-who-met-" + std::to_string(target))).string();
  }
  if (!std::filesystem::exists(dir + "/CURRENT") && !build(dir, target)) return 2;

  guanxi::StoreOptions ro;
  ro.read_only = true;
  ro.cache_bytes = cache_mb << 20;
  ro.map_files = map_files;
  auto opened = guanxi::Store::open(dir, ro);
  if (!opened.ok()) {
    std::cerr << opened.status().to_string() << "\n";
    return 2;
  }
  const guanxi::Store& store = **opened;
  const size_t population = std::max<size_t>(2000, target / 50);
  std::mt19937_64 rng(seed);

  // People who are in the store, drawn uniformly from the population.
  std::vector<std::string> names;
  for (size_t tries = 0; names.size() < queries + 200 && tries < 100 * (queries + 200); ++tries) {
    std::string name = guanxi::bench::SyntheticNews::person_name(rng() % population);
    auto nodes = store.find_nodes(name, guanxi::NodeType::kPerson);
    if (nodes.ok() && !nodes->empty()) names.push_back(std::move(name));
  }
  if (names.size() < 300) {
    std::cerr << "too few people found in " << dir << " (was it built with --triples " << target << "?)\n";
    return 2;
  }
  std::vector<double> ms, cpu_ms;
  std::vector<std::pair<double, size_t>> by_cost;  // (CPU ms, shared events) per query
  size_t people = 0, events = 0, heaviest = 0;
  std::string heaviest_name;
  for (size_t i = 0; i < names.size(); ++i) {
    const double c0 = guanxi::bench::thread_cpu_seconds();
    auto t0 = Clock::now();
    auto r = guanxi::who_met(store, names[i], {});
    const double elapsed = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    const double c1 = guanxi::bench::thread_cpu_seconds();
    if (!r.ok()) {
      std::cerr << names[i] << ": " << r.status().to_string() << "\n";
      return 2;
    }
    if (i < 200) continue;  // warm-up
    ms.push_back(elapsed);
    cpu_ms.push_back((c1 - c0) * 1e3);
    size_t e = 0;
    for (const auto& a : *r) e += a.events.size();
    by_cost.emplace_back(cpu_ms.back(), e);
    if (std::getenv("GUANXI_BENCH_VERBOSE")) std::cerr << cpu_ms.back() << " ms " << e << " " << names[i] << "\n";
    people += r->size();
    events += e;
    if (e > heaviest) heaviest = e, heaviest_name = names[i];
  }
  std::sort(cpu_ms.begin(), cpu_ms.end());
  std::sort(by_cost.begin(), by_cost.end());
  std::vector<double> sorted = ms;
  std::sort(sorted.begin(), sorted.end());
  auto pct_of = [](const std::vector<double>& v, double p) {
    return v[std::min(v.size() - 1, static_cast<size_t>(p * v.size()))];
  };
  auto pct = [&](double p) { return pct_of(sorted, p); };
  double sum = 0;
  for (double m : ms) sum += m;
  std::cout << "store_who_met: " << ms.size() << " queries on " << dir << " (" << target << " triples, " << population
            << " people), block cache " << cache_mb << " MiB" << (map_files ? ", files mapped" : "") << "\n"
            << "  p50 " << pct(0.50) << " ms  p90 " << pct(0.90) << " ms  p99 " << pct(0.99) << " ms  max "
            << sorted.back() << " ms  mean " << sum / ms.size() << " ms (wall)\n"
            << "  p50 " << pct_of(cpu_ms, 0.5) << " ms  p90 " << pct_of(cpu_ms, 0.9) << " ms  p99 "
            << pct_of(cpu_ms, 0.99) << " ms  max " << cpu_ms.back() << " ms (CPU time of the query's thread)\n"
            << "  per query: " << static_cast<double>(people) / ms.size() << " people, "
            << static_cast<double>(events) / ms.size() << " shared events; heaviest " << heaviest << " events\n"
            << "  the p99 query returned " << by_cost[std::min(by_cost.size() - 1, by_cost.size() * 99 / 100)].second
            << " shared events\n"
            << "  peak RSS " << guanxi::bench::peak_rss_mib() << " MiB\n";
  return 0;
}
