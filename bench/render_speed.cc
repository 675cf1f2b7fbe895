// deps: guanxi_export guanxi_graph guanxi_store guanxi_core
// Render speed: an ego network of 1,000 people (the people projection around one person:
// a centre linked to 150 people, each linked to a few others, weighted, with event lists)
// drawn in-process by Graphviz to SVG and PNG with the default layout (sfdp at this size).
//
//   bench_render_speed [--nodes N] [--layout L] [--db DIR --person NAME --depth K] [--out DIR]
//
// With --db, the ego network is built from a real store (build_graph, people projection)
// instead. --out keeps the pictures there. Prints the graph size and the seconds per format.
// Target: <= 5 s for 1,000 nodes.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>

#include "bench/export_graph.h"
#include "export/render.h"
#include "graph/query.h"
#include "store/store.h"

namespace {

using Clock = std::chrono::steady_clock;

guanxi::Graph synthetic_ego(size_t n) {
  std::mt19937_64 rng(3);
  guanxi::Graph g;
  g.set_directed(false);
  for (size_t i = 0; i < n; ++i) g.add_node(guanxi::Node::Named(guanxi::NodeType::kPerson, guanxi::bench::chinese_name(i)));
  auto link = [&](size_t a, size_t b) {
    if (a == b) return;
    guanxi::GraphEdge e;
    e.source = std::min(a, b);
    e.target = std::max(a, b);
    e.predicate = "met_with";
    e.weight = static_cast<double>(1 + rng() % 4);
    e.evidence = static_cast<size_t>(e.weight) * 2;
    for (int k = 0; k < e.weight; ++k) e.events.push_back("全市第" + std::to_string(rng() % 500) + "次工作推进会");
    e.date = "2024-03-1" + std::to_string(rng() % 10);
    g.add_edge(std::move(e));
  };
  const size_t first_ring = std::min<size_t>(150, n - 1);
  for (size_t i = 1; i <= first_ring; ++i) link(0, i);
  for (size_t i = first_ring + 1; i < n; ++i) link(1 + rng() % first_ring, i);  // reached through ring one
  for (size_t k = 0; k < n; ++k) link(1 + rng() % (n - 1), 1 + rng() % (n - 1));  // and among themselves
  return g;
}

}  // namespace

int main(int argc, char** argv) {
  size_t nodes = 1000;
  guanxi::RenderOptions options;
  std::string db, person, out;
  int depth = 2;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--nodes" && i + 1 < argc) {
      nodes = std::stoul(argv[++i]);
    } else if (a == "--layout" && i + 1 < argc) {
      options.layout = argv[++i];
    } else if (a == "--db" && i + 1 < argc) {
      db = argv[++i];
    } else if (a == "--person" && i + 1 < argc) {
      person = argv[++i];
    } else if (a == "--out" && i + 1 < argc) {
      out = argv[++i];
    } else if (a == "--depth" && i + 1 < argc) {
      depth = std::stoi(argv[++i]);
    } else {
      std::cerr << "usage: bench_render_speed [--nodes N] [--layout L] [--db DIR --person NAME --depth K] "
                   "[--out DIR]\n";
      return 2;
    }
  }
  guanxi::Graph graph;
  if (!db.empty()) {
    guanxi::StoreOptions so;
    so.read_only = true;
    auto store = guanxi::Store::open(db, so);
    if (!store.ok()) {
      std::cerr << store.status().to_string() << "\n";
      return 2;
    }
    guanxi::GraphQuery q;
    q.projection = guanxi::Projection::kPeople;
    q.person = person;
    q.depth = depth;
    const auto t0 = Clock::now();
    auto g = guanxi::build_graph(**store, q);
    if (!g.ok()) {
      std::cerr << g.status().to_string() << "\n";
      return 2;
    }
    graph = std::move(g).value();
    std::printf("build_graph (ego of %s, depth %d): %.3f s\n", person.c_str(), depth,
                std::chrono::duration<double>(Clock::now() - t0).count());
    options.style.title = guanxi::describe_query(q);
  } else {
    graph = synthetic_ego(std::max<size_t>(nodes, 2));
    options.style.title = "guanxi: people around " + graph.nodes()[0].node.label + ", depth 2";
  }
  std::printf("ego network: %zu nodes, %zu edges, layout %s\n", graph.nodes().size(), graph.edges().size(),
              options.layout.empty() ? "(by size)" : options.layout.c_str());
  std::string tmpl = out;
  if (out.empty()) {
    tmpl = (std::filesystem::temp_directory_path() / "guanxi-bench-render-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) return 2;
  }
  int status = 0;
  for (const char* ext : {"svg", "png"}) {
    const std::string path = tmpl + "/ego." + ext;
    const auto t0 = Clock::now();
    const std::clock_t c0 = std::clock();
    guanxi::Status s = guanxi::render(graph, path, options);
    const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    const double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    if (!s.ok()) {
      std::cerr << s.to_string() << "\n";
      status = 1;
      continue;
    }
    // On a shared machine the CPU time is the figure that does not depend on the load.
    std::printf("render %s: %.3f s wall, %.3f s CPU (%.1f KB) %s\n", ext, seconds, cpu,
                static_cast<double>(std::filesystem::file_size(path)) / 1e3,
                cpu <= 5 ? "(<= 5 s: ok)" : "(> 5 s: SLOW)");
  }
  if (out.empty()) std::filesystem::remove_all(tmpl);
  return status;
}
