// deps: guanxi_export guanxi_graph guanxi_store guanxi_core
// Graph queries on a synthetic store (bench/store_synth.h: Zipf-distributed officials, ten
// years of meetings): how long build_graph takes for the whole graph, the people projection
// and ego networks, and the algorithms and exports on top.
//
//   bench_graph_queries [--triples N] [--db DIR]
//
// Default: a store of about 200,000 triples built in a temporary directory (under a minute);
// --db reuses (or builds once) a store there. Prints seconds per step and graph sizes.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "bench/store_synth.h"
#include "export/writers.h"
#include "graph/components.h"
#include "graph/paths.h"
#include "graph/query.h"
#include "graph/ranking.h"
#include "store/store.h"

namespace {

using Clock = std::chrono::steady_clock;

template <class F>
double timed(F&& f) {
  const auto t0 = Clock::now();
  f();
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

bool fill(guanxi::Store& store, uint64_t target) {
  guanxi::bench::SyntheticNews news(std::max<size_t>(2000, target / 50), 42);
  std::vector<guanxi::Triple> triples;
  uint64_t written = 0;
  for (uint64_t n = 0; written < target; ++n) {
    guanxi::Document doc = news.next(n, triples);
    auto r = store.put_document(doc, triples, "synthetic");
    if (!r.ok()) {
      std::cerr << r.status().to_string() << "\n";
      return false;
    }
    written += triples.size();
  }
  return store.flush().ok();
}

guanxi::Graph must(guanxi::Result<guanxi::Graph> g) {
  if (!g.ok()) {
    std::cerr << g.status().to_string() << "\n";
    std::exit(2);
  }
  return std::move(g).value();
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t target = 200000;
  std::string dir;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--triples" && i + 1 < argc) {
      target = std::stoull(argv[++i]);
    } else if (a == "--db" && i + 1 < argc) {
      dir = argv[++i];
    } else {
      std::cerr << "usage: bench_graph_queries [--triples N] [--db DIR]\n";
      return 2;
    }
  }
  const bool temporary = dir.empty();
  if (temporary) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "guanxi-bench-graph-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) return 2;
    dir = tmpl + "/db";
  }
  const bool exists = std::filesystem::exists(dir);
  {
    guanxi::StoreOptions options;
    options.bulk_load = true;
    auto store = guanxi::Store::open(dir, options);
    if (!store.ok()) {
      std::cerr << store.status().to_string() << "\n";
      return 2;
    }
    if (!exists) {
      const double s = timed([&] {
        if (!fill(**store, target)) std::exit(2);
      });
      std::printf("store: %llu triples written in %.1f s\n", static_cast<unsigned long long>(target), s);
    }
  }
  guanxi::StoreOptions ro;
  ro.read_only = true;
  auto opened = guanxi::Store::open(dir, ro);
  if (!opened.ok()) {
    std::cerr << opened.status().to_string() << "\n";
    return 2;
  }
  const guanxi::Store& store = **opened;

  auto report = [](const char* what, double s, const guanxi::Graph& g) {
    std::printf("%-40s %7.3f s  %8zu nodes %9zu edges\n", what, s, g.nodes().size(), g.edges().size());
  };
  guanxi::Graph all, people, ego;
  guanxi::GraphQuery q;
  report("build_graph: all triples", timed([&] { all = must(guanxi::build_graph(store, q)); }), all);
  q.projection = guanxi::Projection::kPeople;
  report("build_graph: people projection", timed([&] { people = must(guanxi::build_graph(store, q)); }), people);
  const std::string leader = guanxi::bench::SyntheticNews::person_name(0);
  const std::string occasional = guanxi::bench::SyntheticNews::person_name(1500);
  q.person = occasional;
  q.depth = 1;
  report("build_graph: ego of an occasional, depth 1", timed([&] { ego = must(guanxi::build_graph(store, q)); }),
         ego);
  q.depth = 2;
  report("build_graph: ego of an occasional, depth 2", timed([&] { ego = must(guanxi::build_graph(store, q)); }),
         ego);
  q.person = leader;
  q.depth = 1;
  report("build_graph: ego of the top leader, depth 1", timed([&] { ego = must(guanxi::build_graph(store, q)); }),
         ego);

  std::vector<guanxi::Ranked> ranked;
  std::printf("%-40s %7.3f s\n", "top by degree (people projection)",
              timed([&] { ranked = guanxi::rank_nodes(people, guanxi::Centrality::kDegree, 20); }));
  std::printf("%-40s %7.3f s\n", "top by betweenness (people projection)",
              timed([&] { ranked = guanxi::rank_nodes(people, guanxi::Centrality::kBetweenness, 20); }));
  std::printf("%-40s %7.3f s\n", "connected components (all triples)",
              timed([&] { (void)guanxi::connected_components(all); }));
  guanxi::Result<guanxi::PersonPath> path = guanxi::Status::Internal("not run");
  const double path_s = timed([&] { path = guanxi::person_path(store, occasional, leader, {}); });
  std::printf("%-40s %7.3f s  (%s)\n", "path occasional -> leader", path_s,
              !path.ok() ? path.status().to_string().c_str()
                         : path->path ? (std::to_string(path->path->edges.size()) + " hops").c_str() : "none");
  const std::string out = dir + ".graphml";
  std::printf("%-40s %7.3f s\n", "export all triples to GraphML", timed([&] {
                std::ofstream f(out);
                (void)guanxi::write_graphml(all, f);
              }));
  std::filesystem::remove(out);
  if (temporary) std::filesystem::remove_all(std::filesystem::path(dir).parent_path());
  return 0;
}
