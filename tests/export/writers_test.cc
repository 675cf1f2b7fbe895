// The writers, checked by the real tools: Graphviz's `dot` parses and draws the DOT,
// `xmllint` and networkx read the GraphML, python's json and networkx read the JSON. The
// tests assert on the tools' exit status and on what they read back, label by label.
#include "export/writers.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <filesystem>
#include <set>
#include <sstream>

#include "tests/export/tools.h"

namespace guanxi {
namespace {

using export_testing::Format;
using export_testing::read_file;
using export_testing::repaired;
using export_testing::run;
using export_testing::sh;
using export_testing::TempDir;
using export_testing::write_file;

std::string to_string(Status (*writer)(const Graph&, std::ostream&, const ExportOptions&), const Graph& g,
                      const ExportOptions& options = {}) {
  std::ostringstream out;
  Status s = writer(g, out, options);
  EXPECT_TRUE(s.ok()) << s.to_string();
  return out.str();
}

// Every <text> of an SVG drawn by `dot`, as JSON list of strings.
constexpr const char* kSvgTexts = R"(
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
texts = [t.text or '' for t in root.iter('{http://www.w3.org/2000/svg}text')]
nodes = [g for g in root.iter('{http://www.w3.org/2000/svg}g') if g.get('class') == 'node']
edges = [g for g in root.iter('{http://www.w3.org/2000/svg}g') if g.get('class') == 'edge']
texts = [t.replace('\u200b', '') for t in texts]  # after '&' of an entity-like label
json.dump({'texts': texts, 'nodes': len(nodes), 'edges': len(edges)}, open(sys.argv[2], 'w'))
)";

// Reads GraphML with networkx, warnings turned into errors, and dumps what it read.
constexpr const char* kReadGraphml = R"(
import json, sys, warnings
warnings.simplefilter('error')
import networkx as nx
g = nx.read_graphml(sys.argv[1])
out = {'directed': g.is_directed(), 'graph': g.graph,
       'nodes': {n: d for n, d in g.nodes(data=True)},
       'edges': [[u, v, d] for u, v, d in g.edges(data=True)]}
for d in out['nodes'].values():
    assert isinstance(d.get('label', ''), str) and isinstance(d['type'], str)
for u, v, d in out['edges']:
    assert isinstance(d['weight'], float), d
    assert isinstance(d['evidence'], int), d
json.dump(out, open(sys.argv[2], 'w'))
)";

// Reads node-link JSON with python's json and networkx.
constexpr const char* kReadJson = R"(
import json, sys, warnings
warnings.simplefilter('error')
import networkx as nx
from networkx.readwrite import json_graph
with open(sys.argv[1], encoding='utf-8') as f:
    data = json.load(f)
try:
    g = json_graph.node_link_graph(data, edges='links')  # networkx >= 3.4
except TypeError:
    g = json_graph.node_link_graph(data)  # Debian's 2.8
json.dump({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
           'labels': {n: d['label'] for n, d in g.nodes(data=True)}}, open(sys.argv[2], 'w'))
)";

// Debian's python3 with python3-networkx, and the python3 on PATH when it is another one
// (a newer networkx): the files must open in both.
const std::vector<std::string>& python_interpreters() {
  static const std::vector<std::string> list = [] {
    std::vector<std::string> l;
    if (std::filesystem::exists("/usr/bin/python3")) l.push_back("/usr/bin/python3");
    TempDir dir;
    if (run("command -v python3 > " + sh(dir.file("which"))) == 0) {
      std::string path = read_file(dir.file("which"));
      while (!path.empty() && path.back() == '\n') path.pop_back();
      std::error_code ec;
      if (l.empty() || !std::filesystem::equivalent(path, l[0], ec)) {
        if (std::filesystem::canonical(path, ec) != std::filesystem::canonical("/usr/bin/python3", ec)) {
          l.push_back(path);
        }
      }
    }
    return l;
  }();
  return list;
}

// Runs `script` on `input` with every interpreter; returns what the first one read.
nlohmann::json run_python(const TempDir& dir, const char* script, const std::string& input) {
  write_file(dir.file("script.py"), script);
  nlohmann::json first;
  EXPECT_FALSE(python_interpreters().empty());
  for (const std::string& python : python_interpreters()) {
    const std::string out = dir.file("python-out.json");
    const int status = run(sh(python) + " " + sh(dir.file("script.py")) + " " + sh(input) + " " + sh(out) +
                           " 2> " + sh(dir.file("python-err.txt")));
    EXPECT_EQ(status, 0) << python << ": " << read_file(dir.file("python-err.txt"));
    if (status != 0) return {};
    if (first.is_null()) first = nlohmann::json::parse(read_file(out));
  }
  return first;
}

TEST(DotWriter, HostileLabelsParseAndReadBackInTheDrawing) {
  TempDir dir;
  const Graph g = export_testing::hostile_graph();
  ExportOptions options;
  options.title = "title with \"quotes\" and \\ and\nnewline";
  write_file(dir.file("g.dot"), to_string(write_dot, g, options));
  ASSERT_EQ(run("dot -Tsvg " + sh(dir.file("g.dot")) + " -o " + sh(dir.file("g.svg")) + " 2> " +
                sh(dir.file("dot-err.txt"))),
            0)
      << read_file(dir.file("dot-err.txt"));
  // Graphviz complains about bad UTF-8 or syntax on stderr even when it recovers.
  EXPECT_EQ(read_file(dir.file("dot-err.txt")), "");

  nlohmann::json svg = run_python(dir, kSvgTexts, dir.file("g.svg"));
  ASSERT_FALSE(svg.is_null());
  std::multiset<std::string> texts;
  for (const auto& t : svg["texts"]) texts.insert(t.get<std::string>());
  // Every node and the legend's eight types are drawn, every edge too (the legend's chain
  // of invisible edges is not).
  EXPECT_EQ(svg["nodes"].get<size_t>(), g.nodes().size() + std::size(kAllNodeTypes));
  EXPECT_EQ(svg["edges"].get<size_t>(), g.edges().size());
  for (const GraphNode& n : g.nodes()) {
    std::istringstream lines(repaired(n.node.label, Format::kDot));
    for (std::string line; std::getline(lines, line);) {
      if (line.find_first_not_of(' ') == std::string::npos) continue;
      EXPECT_TRUE(texts.count(line)) << "label line not drawn: [" << line << "]";
    }
  }
  EXPECT_TRUE(texts.count("title with \"quotes\" and \\ and"));
  EXPECT_TRUE(texts.count("newline"));
}

TEST(DotWriter, DeclaresCharsetFontAndOneStylePerType) {
  const std::string dot = to_string(write_dot, export_testing::small_graph());
  EXPECT_NE(dot.find("charset=\"UTF-8\""), std::string::npos);
  // The font is set on the graph, on nodes and on edges.
  EXPECT_NE(dot.find("graph [charset=\"UTF-8\", fontname=\"Noto Sans CJK SC\""), std::string::npos);
  EXPECT_NE(dot.find("node [fontname=\"Noto Sans CJK SC\""), std::string::npos);
  EXPECT_NE(dot.find("edge [fontname=\"Noto Sans CJK SC\""), std::string::npos);
  EXPECT_NE(dot.find("subgraph \"cluster_legend\""), std::string::npos);
  EXPECT_NE(dot.find("\"person:林振华\" [label=\"林振华\", shape=\"ellipse\""), std::string::npos);
  EXPECT_NE(dot.find("[label=\"全市招商引资推进会\\n2024-03-01\", shape=\"box\""), std::string::npos);
  EXPECT_NE(dot.find("\"person:林振华\" -> \"title:市委书记\" [label=\"holds_title\""), std::string::npos);
}

TEST(DotWriter, PeopleProjectionIsAnUndirectedGraph) {
  Graph g;
  size_t a = g.add_node(Node::Named(NodeType::kPerson, "甲")), b = g.add_node(Node::Named(NodeType::kPerson, "乙"));
  GraphEdge e;
  e.source = a;
  e.target = b;
  e.predicate = "met_with";
  e.weight = 3;
  e.events = {"会一", "会\"二\""};
  g.add_edge(e);
  g.set_directed(false);
  TempDir dir;
  const std::string dot = to_string(write_dot, g);
  EXPECT_EQ(dot.rfind("graph \"guanxi\" {", 0), 0u);
  EXPECT_EQ(dot.find("legend"), std::string::npos);  // people only: no legend
  EXPECT_NE(dot.find("\"person:甲\" -- \"person:乙\" [penwidth=\"2.58\", label=\"3\""),
            std::string::npos);
  EXPECT_NE(dot.find("tooltip=\"会一\\n会\\\"二\\\"\""), std::string::npos);
  write_file(dir.file("p.dot"), dot);
  EXPECT_EQ(run("dot -Tsvg " + sh(dir.file("p.dot")) + " -o /dev/null"), 0);
}

TEST(GraphmlWriter, HostileLabelsAreWellFormedAndReadBackByNetworkx) {
  TempDir dir;
  const Graph g = export_testing::hostile_graph();
  ExportOptions options;
  options.title = "a <title> & \"more\"\x01";
  write_file(dir.file("g.graphml"), to_string(write_graphml, g, options));
  EXPECT_EQ(run("xmllint --noout " + sh(dir.file("g.graphml")) + " 2> " + sh(dir.file("xmllint.txt"))), 0)
      << read_file(dir.file("xmllint.txt"));

  nlohmann::json read = run_python(dir, kReadGraphml, dir.file("g.graphml"));
  ASSERT_FALSE(read.is_null());
  EXPECT_TRUE(read["directed"].get<bool>());
  EXPECT_EQ(read["graph"]["title"], "a <title> & \"more\"");
  ASSERT_EQ(read["nodes"].size(), g.nodes().size());
  for (size_t i = 0; i < g.nodes().size(); ++i) {
    const auto& n = read["nodes"]["n" + std::to_string(i)];
    const GraphNode& want = g.nodes()[i];
    EXPECT_EQ(n.value("label", ""), repaired(want.node.label, Format::kXml)) << i;
    EXPECT_EQ(n.value("uid", ""), repaired(want.node.id, Format::kXml)) << i;
    EXPECT_EQ(n["type"], std::string(node_type_name(want.node.type)));
    if (!want.date.empty()) {
      EXPECT_EQ(n["date"], repaired(want.date, Format::kXml));
    }
  }
  ASSERT_EQ(read["edges"].size(), g.edges().size());
  for (const auto& e : read["edges"]) {
    const size_t target = std::stoul(e[1].get<std::string>().substr(1));
    const GraphEdge& want = g.edges()[target - 1];  // a chain: edge i ends at node i+1
    EXPECT_EQ(e[2].value("predicate", ""), repaired(want.predicate, Format::kXml));
    EXPECT_EQ(e[2]["weight"].get<double>(), want.weight);
    EXPECT_EQ(e[2]["evidence"].get<size_t>(), want.evidence);
    EXPECT_EQ(e[2]["events"], repaired(want.events[0], Format::kXml) + "; 会议");
  }
}

TEST(GraphmlWriter, DeclaresTypedKeysAndUniqueEdgeIds) {
  const Graph g = export_testing::small_graph();
  const std::string xml = to_string(write_graphml, g);
  for (const char* key : {"attr.name=\"type\" attr.type=\"string\"", "attr.name=\"label\" attr.type=\"string\"",
                          "attr.name=\"date\" attr.type=\"string\"", "attr.name=\"weight\" attr.type=\"double\"",
                          "attr.name=\"predicate\" attr.type=\"string\"",
                          "attr.name=\"evidence\" attr.type=\"int\""}) {
    EXPECT_NE(xml.find(key), std::string::npos) << key;
  }
  EXPECT_NE(xml.find("edgedefault=\"directed\""), std::string::npos);
  std::set<std::string> ids;
  for (size_t at = xml.find("<edge id=\""); at != std::string::npos; at = xml.find("<edge id=\"", at + 1)) {
    ids.insert(xml.substr(at + 10, xml.find('"', at + 10) - at - 10));
  }
  EXPECT_EQ(ids.size(), g.edges().size());
  // Two parallel edges (chaired, attended): networkx reads a multigraph with both.
  TempDir dir;
  write_file(dir.file("s.graphml"), xml);
  nlohmann::json read = run_python(dir, kReadGraphml, dir.file("s.graphml"));
  ASSERT_FALSE(read.is_null());
  EXPECT_EQ(read["edges"].size(), g.edges().size());
}

TEST(JsonWriter, HostileLabelsParseAndLoadIntoNetworkx) {
  TempDir dir;
  const Graph g = export_testing::hostile_graph();
  write_file(dir.file("g.json"), to_string(write_json, g));
  nlohmann::json read = run_python(dir, kReadJson, dir.file("g.json"));
  ASSERT_FALSE(read.is_null());
  EXPECT_EQ(read["nodes"].get<size_t>(), g.nodes().size());
  EXPECT_EQ(read["edges"].get<size_t>(), g.edges().size());
  for (const GraphNode& n : g.nodes()) {
    EXPECT_EQ(read["labels"][repaired(n.node.id, Format::kJson)], repaired(n.node.label, Format::kJson));
  }
}

TEST(Writers, TheEgoCentreIsMarkedInEveryFormat) {
  Graph g = export_testing::small_graph();
  g.set_centre(1);
  const std::string dot = to_string(write_dot, g);
  EXPECT_NE(dot.find("\"person:周明远\" [label=\"周明远\", shape=\"ellipse\", fillcolor=\"#8dd3c7\", "
                     "guanxi_type=\"person\", penwidth=\"3\""),
            std::string::npos);
  EXPECT_EQ(dot.find("penwidth=\"3\""), dot.rfind("penwidth=\"3\""));  // only there
  EXPECT_NE(to_string(write_graphml, g).find("<data key=\"d10\">person:周明远</data>"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(to_string(write_json, g))["graph"]["centre"], "person:周明远");
}

TEST(JsonWriter, NodesAndLinksForD3) {
  const Graph g = export_testing::small_graph();
  ExportOptions options;
  options.title = "标题";
  const auto j = nlohmann::json::parse(to_string(write_json, g, options));
  EXPECT_EQ(j["graph"]["title"], "标题");
  ASSERT_EQ(j["nodes"].size(), g.nodes().size());
  ASSERT_EQ(j["links"].size(), g.edges().size());
  EXPECT_EQ(j["nodes"][0], (nlohmann::json{{"id", "person:林振华"}, {"type", "person"}, {"label", "林振华"}}));
  EXPECT_EQ(j["links"][0]["source"], "person:林振华");
  EXPECT_EQ(j["links"][0]["predicate"], "chaired");
  EXPECT_EQ(j["links"][0]["evidence"], 2);
  EXPECT_EQ(j["links"][0]["weight"], 1);
}

// The small realistic graph, byte for byte, so that a change of output is seen in review.
// GUANXI_UPDATE_GOLDEN=1 rewrites the files.
TEST(Writers, GoldenFilesOfASmallGraph) {
  const Graph g = export_testing::small_graph();
  ExportOptions options;
  options.title = "guanxi: triples of the knowledge graph";
  const std::string dir = std::string(GUANXI_SOURCE_DIR) + "/tests/export/golden/";
  const bool update = std::getenv("GUANXI_UPDATE_GOLDEN") != nullptr;
  for (auto [name, writer] : {std::pair{"small.dot", &write_dot}, std::pair{"small.graphml", &write_graphml},
                              std::pair{"small.json", &write_json}}) {
    const std::string got = to_string(writer, g, options);
    if (update) write_file(dir + name, got);
    EXPECT_EQ(got, read_file(dir + name)) << name << " changed (GUANXI_UPDATE_GOLDEN=1 to accept)";
  }
  // And the golden files themselves satisfy the tools.
  EXPECT_EQ(run("dot -Tsvg " + sh(dir + "small.dot") + " -o /dev/null"), 0);
  EXPECT_EQ(run("xmllint --noout " + sh(dir + "small.graphml")), 0);
  EXPECT_EQ(run("python3 -c 'import json,sys; json.load(open(sys.argv[1]))' " + sh(dir + "small.json")), 0);
}

class FailingBuffer : public std::streambuf {
 protected:
  int_type overflow(int_type) override { return traits_type::eof(); }
  std::streamsize xsputn(const char*, std::streamsize) override { return 0; }
};

TEST(Writers, AFailingStreamIsAnIOError) {
  FailingBuffer buffer;
  std::ostream out(&buffer);
  const Graph g = export_testing::small_graph();
  EXPECT_EQ(write_dot(g, out).code(), StatusCode::kIOError);
  out.clear();
  EXPECT_EQ(write_graphml(g, out).code(), StatusCode::kIOError);
  out.clear();
  EXPECT_EQ(write_json(g, out).code(), StatusCode::kIOError);
}

}  // namespace
}  // namespace guanxi
