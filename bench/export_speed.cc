// deps: guanxi_export guanxi_graph guanxi_core
// Export speed: a synthetic graph of one million edges (bench/export_graph.h) written to
// GraphML, DOT and JSON files, against networkx's write_graphml on the same graph.
//
//   bench_export_speed [--edges N] [--full | --compare-edges M | --no-networkx] [--dir DIR]
//
// networkx (Debian's python3-networkx via /usr/bin/python3, or $GUANXI_PYTHON) builds the
// same MultiDiGraph from a TSV the benchmark writes; only nx.write_graphml is timed, and
// guanxi's write_graphml is timed on that same graph. networkx needs over a minute for a
// million edges, so by default the comparison runs on 100,000 edges; --full compares on
// the whole graph (about 2 minutes). Prints seconds, MB/s and edges/s per format, then both
// times and the ratio. Targets: 1M edges in <= 2 s per format, >= 10x faster than networkx.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "bench/export_graph.h"
#include "export/writers.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// Writes the graph with `writer` to `path`, flushed and closed; returns seconds.
template <class Writer>
double timed_write(const guanxi::Graph& g, const std::string& path, Writer writer) {
  const auto t0 = Clock::now();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    guanxi::Status s = writer(g, out, guanxi::ExportOptions{});
    if (!s.ok()) {
      std::cerr << s.to_string() << "\n";
      std::exit(2);
    }
  }
  return seconds_since(t0);
}

// The same graph as TSV files for python: nodes (id, type, label, date), edges.
void write_tsv(const guanxi::Graph& g, const std::string& dir) {
  std::ofstream nodes(dir + "/nodes.tsv"), edges(dir + "/edges.tsv");
  for (size_t i = 0; i < g.nodes().size(); ++i) {
    const auto& n = g.nodes()[i];
    nodes << i << '\t' << guanxi::node_type_name(n.node.type) << '\t' << n.node.label << '\t' << n.date << '\t'
          << n.node.id << '\n';
  }
  for (const auto& e : g.edges()) {
    edges << e.source << '\t' << e.target << '\t' << e.predicate << '\t' << e.weight << '\t' << e.evidence << '\t'
          << e.date << '\n';
  }
}

constexpr const char* kNetworkx = R"(
import sys, time
import networkx as nx
d = sys.argv[1]
g = nx.MultiDiGraph()
for line in open(d + '/nodes.tsv', encoding='utf-8'):
    i, t, label, date, uid = line.rstrip('\n').split('\t')
    attrs = {'type': t, 'label': label, 'uid': uid}
    if date:
        attrs['date'] = date
    g.add_node('n' + i, **attrs)
for line in open(d + '/edges.tsv', encoding='utf-8'):
    s, t, p, w, ev, date = line.rstrip('\n').split('\t')
    g.add_edge('n' + s, 'n' + t, predicate=p, weight=float(w), evidence=int(ev), date=date)
t0 = time.perf_counter()
nx.write_graphml(g, d + '/networkx.graphml')
print(time.perf_counter() - t0)
)";

}  // namespace

int main(int argc, char** argv) {
  size_t edges = 1000000;
  size_t compare_edges = 100000;  // 0 = the whole graph
  bool networkx = true;
  std::string dir;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--edges" && i + 1 < argc) {
      edges = std::stoul(argv[++i]);
    } else if (a == "--no-networkx") {
      networkx = false;
    } else if (a == "--full") {
      compare_edges = 0;
    } else if (a == "--compare-edges" && i + 1 < argc) {
      compare_edges = std::stoul(argv[++i]);
    } else if (a == "--dir" && i + 1 < argc) {
      dir = argv[++i];
    } else {
      std::cerr << "usage: bench_export_speed [--edges N] [--full | --compare-edges M | --no-networkx] "
                   "[--dir DIR]\n";
      return 2;
    }
  }
  const bool own_dir = dir.empty();
  if (own_dir) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "guanxi-bench-export-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) return 2;
    dir = tmpl;
  }
  const auto t0 = Clock::now();
  const guanxi::Graph g = guanxi::bench::synthetic_graph(edges);
  std::printf("graph: %zu nodes, %zu edges (built in %.2f s)\n", g.nodes().size(), g.edges().size(),
              seconds_since(t0));

  double graphml_seconds = 0;
  struct Format {
    const char* name;
    guanxi::Status (*writer)(const guanxi::Graph&, std::ostream&, const guanxi::ExportOptions&);
  };
  for (const Format& f : {Format{"graphml", &guanxi::write_graphml}, Format{"dot", &guanxi::write_dot},
                          Format{"json", &guanxi::write_json}}) {
    const std::string path = dir + "/guanxi." + f.name;
    const double s = timed_write(g, path, f.writer);
    const double mb = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
    std::printf("guanxi %-8s %6.3f s  %7.1f MB  %6.0f MB/s  %5.2f M edges/s  %s\n", f.name, s, mb, mb / s,
                static_cast<double>(edges) / s / 1e6, s <= 2.0 ? "(<= 2 s: ok)" : "(> 2 s: SLOW)");
    if (std::string(f.name) == "graphml") graphml_seconds = s;
  }

  if (networkx) {
    // The graph both write: the big one (--full) or a smaller one of the same shape.
    guanxi::Graph smaller;
    const guanxi::Graph* compared = &g;
    if (compare_edges != 0 && compare_edges != edges) {
      smaller = guanxi::bench::synthetic_graph(compare_edges);
      compared = &smaller;
      graphml_seconds = timed_write(smaller, dir + "/guanxi-compared.graphml", &guanxi::write_graphml);
    }
    std::printf("comparison on %zu edges (guanxi write_graphml %.3f s)\n", compared->edges().size(),
                graphml_seconds);
    write_tsv(*compared, dir);
    const char* env = std::getenv("GUANXI_PYTHON");
    const std::string python = env && *env ? env : (std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3"
                                                                                                 : "python3");
    std::ofstream(dir + "/networkx_write.py") << kNetworkx;
    const std::string cmd = python + " " + dir + "/networkx_write.py " + dir;
    std::FILE* p = ::popen(cmd.c_str(), "r");
    double nx_seconds = -1;
    if (p) {
      if (std::fscanf(p, "%lf", &nx_seconds) != 1) nx_seconds = -1;
      if (::pclose(p) != 0) nx_seconds = -1;
    }
    if (nx_seconds < 0) {
      std::printf("networkx: failed to run (%s)\n", cmd.c_str());
    } else {
      const double mb = static_cast<double>(std::filesystem::file_size(dir + "/networkx.graphml")) / 1e6;
      std::printf("networkx write_graphml %6.3f s  %7.1f MB  (%s)\n", nx_seconds, mb, python.c_str());
      std::printf("ratio networkx / guanxi (graphml): %.1fx %s\n", nx_seconds / graphml_seconds,
                  nx_seconds / graphml_seconds >= 10 ? "(>= 10x: ok)" : "(< 10x: SLOW)");
    }
  }
  if (own_dir) std::filesystem::remove_all(dir);
  return 0;
}
