// The graph commands of the real `guanxi` binary (export, render, path, neighbors, top) on
// a real store holding the invented articles of tests/graph/fixture.h, with their output
// checked by the real tools.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/export/tools.h"
#include "tests/graph/fixture.h"

namespace guanxi {
namespace {

using export_testing::read_file;
using export_testing::Output;
using export_testing::sh;
using export_testing::TempDir;

class GraphCommands : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = graph_testing::make_fixture_store(db());
    ASSERT_TRUE(store.ok()) << store.status().to_string();
    // Closed here: the commands open it read-only.
    Output help = guanxi("export --help");
    if (help.exit_code != 0 || help.out.find("usage: guanxi export") == std::string::npos) {
      GTEST_SKIP() << "the binary does not parse command options (cli/common.cc gives Boost argv+1, "
                      "and Boost skips argv[0] again): "
                   << help.err;
    }
  }

  std::string db() const { return dir_.file("db"); }
  // $GUANXI_TEST_BINARY runs these tests against another build of guanxi.
  static std::string binary() {
    const char* env = std::getenv("GUANXI_TEST_BINARY");
    return env && *env ? env : GUANXI_BINARY;
  }
  Output guanxi(const std::string& args) const {
    return export_testing::run_capture(dir_, sh(binary()) + " " + args);
  }
  Output on_db(const std::string& command, const std::string& args) const {
    return guanxi(command + " --db " + sh(db()) + " " + args);
  }

  TempDir dir_;
};

TEST_F(GraphCommands, ExportDefaultsToEveryTripleAsDot) {
  Output r = on_db("export", "");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("digraph \"guanxi\" {", 0), 0u);
  EXPECT_NE(r.out.find("\"person:林振华\" -> \"title:市委书记\" [label=\"holds_title\""), std::string::npos);
  EXPECT_NE(r.out.find("label=\"guanxi: triples of the knowledge graph\""), std::string::npos);
  export_testing::write_file(dir_.file("all.dot"), r.out);
  EXPECT_EQ(export_testing::run("dot -Tsvg " + sh(dir_.file("all.dot")) + " -o /dev/null"), 0);
}

TEST_F(GraphCommands, ExportGraphmlByExtensionOpensInXmllintAndNetworkx) {
  Output r = on_db("export", "-o " + sh(dir_.file("g.graphml")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(export_testing::run("xmllint --noout " + sh(dir_.file("g.graphml"))), 0);
  Output nx = export_testing::run_capture(
      dir_, "/usr/bin/python3 -W error -c 'import networkx as nx, sys; g = nx.read_graphml(sys.argv[1]); "
            "print(g.number_of_nodes(), g.number_of_edges())' " + sh(dir_.file("g.graphml")));
  ASSERT_EQ(nx.exit_code, 0) << nx.err;
  EXPECT_EQ(nx.out, "11 12\n");
}

TEST_F(GraphCommands, ExportPeopleProjectionAsJson) {
  Output r = on_db("export", "--format json --projection people");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_FALSE(j["directed"].get<bool>());
  EXPECT_EQ(j["nodes"].size(), 5u);
  EXPECT_EQ(j["links"].size(), 5u);
}

TEST_F(GraphCommands, ExportEgoNetworkAndItsTitle) {
  Output r = on_db("export", "--format json --projection people --person 林振华 --depth 1");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["nodes"].size(), 3u);
  EXPECT_EQ(j["graph"]["title"], "guanxi: people around 林振华, depth 1");
}

TEST_F(GraphCommands, ErrorsAndExitCodes) {
  Output unknown = on_db("export", "--person 王不存在");
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("王不存在"), std::string::npos);
  EXPECT_EQ(on_db("export", "--format svg").exit_code, 2);
  EXPECT_EQ(on_db("export", "--since 2024/03/01").exit_code, 2);
  EXPECT_EQ(on_db("export", "--type people").exit_code, 2);
  EXPECT_EQ(guanxi("export --db " + sh(dir_.file("nowhere"))).exit_code, 2);
  Output empty = on_db("export", "--since 2030-01-01");
  EXPECT_EQ(empty.exit_code, 1);  // nothing found, but a valid (empty) graph is written
  EXPECT_NE(empty.out.find("digraph"), std::string::npos);
  EXPECT_EQ(on_db("render", "-o " + sh(dir_.file("x.bmp"))).exit_code, 2);
  EXPECT_EQ(on_db("render", "").exit_code, 2);  // -o is required
}

TEST_F(GraphCommands, RenderPngAndSvgWithTitle) {
  Output png = on_db("render", "-o " + sh(dir_.file("g.png")));
  ASSERT_EQ(png.exit_code, 0) << png.err;
  EXPECT_EQ(read_file(dir_.file("g.png")).substr(0, 4), "\x89PNG");
  Output svg = on_db("render", "--projection people --person 林振华 --depth 2 --since 2024-01-01 -o " +
                                sh(dir_.file("g.svg")));
  ASSERT_EQ(svg.exit_code, 0) << svg.err;
  const std::string text = read_file(dir_.file("g.svg"));
  EXPECT_NE(text.find("guanxi: people around 林振华, depth 2, 2024&#45;01&#45;01.."), std::string::npos)
      << text.substr(0, 2000);
  EXPECT_NE(text.find(">贺启东</text>"), std::string::npos);
}

TEST_F(GraphCommands, PathTextAndJson) {
  Output text = on_db("path", "林振华 陆文清");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_EQ(text.out.rfind("林振华\n", 0), 0u);
  EXPECT_NE(text.out.find("-met->"), std::string::npos);
  EXPECT_NE(text.out.find("5 hops\n"), std::string::npos);
  Output json = on_db("path", "林振华 陆文清 --format json");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto j = nlohmann::json::parse(json.out);
  EXPECT_EQ(j["hops"], 5);
  EXPECT_EQ(j["nodes"].size(), 6u);
  EXPECT_EQ(j["to"]["label"], "陆文清");
  Output none = on_db("path", "林振华 陆文清 --until 2024-03-31");
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_NE(none.out.find("no chain links 林振华 and 陆文清"), std::string::npos);
  EXPECT_EQ(on_db("path", "林振华 无此人").exit_code, 1);
}

TEST_F(GraphCommands, NeighborsAndTop) {
  Output n = on_db("neighbors", "贺启东 --format json");
  ASSERT_EQ(n.exit_code, 0) << n.err;
  const auto j = nlohmann::json::parse(n.out);
  ASSERT_EQ(j["neighbors"].size(), 2u);
  EXPECT_EQ(j["neighbors"][0]["node"]["label"], "陆文清");
  EXPECT_EQ(j["neighbors"][0]["evidence"], 2);

  Output top = on_db("top", "--by betweenness --format json");
  ASSERT_EQ(top.exit_code, 0) << top.err;
  const auto t = nlohmann::json::parse(top.out);
  EXPECT_EQ(t["people"][0]["label"], "周明远");
  EXPECT_EQ(t["people"][0]["score"], 4);
  Output limited = on_db("top", "--limit 2");
  ASSERT_EQ(limited.exit_code, 0) << limited.err;
  EXPECT_EQ(std::count(limited.out.begin(), limited.out.end(), '\n'), 3);  // header + 2
  EXPECT_EQ(on_db("top", "--by fame").exit_code, 2);
}

// The team's example pages through the whole pipeline, then every format through the tools
// that read it (not byte-golden: the extraction rules keep improving).
TEST_F(GraphCommands, TheTeamsExamplesInEveryFormat) {
  const std::string examples = std::string(GUANXI_SOURCE_DIR) + "/examples";
  const std::string examples_db = dir_.file("examples.db");
  Output ingest = guanxi("ingest --db " + sh(examples_db) + " " + sh(examples));
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  for (const char* projection : {"triples", "people"}) {
    const std::string flags = " --db " + sh(examples_db) + " --projection " + projection;
    const std::string stem = dir_.file(std::string("ex-") + projection);
    for (const char* format : {"dot", "graphml", "json"}) {
      Output r = guanxi("export" + flags + " --format " + format + " -o " + sh(stem + "." + format));
      ASSERT_EQ(r.exit_code, 0) << projection << " " << format << ": " << r.err;
    }
    Output dot = export_testing::run_capture(dir_, "dot -Tsvg " + sh(stem + ".dot") + " -o /dev/null");
    EXPECT_EQ(dot.exit_code, 0) << dot.err;
    EXPECT_EQ(dot.err, "");
    EXPECT_EQ(export_testing::run("xmllint --noout " + sh(stem + ".graphml")), 0);
    // networkx reads both files and finds the same graph in them.
    Output nx = export_testing::run_capture(
        dir_, "/usr/bin/python3 -W error -c 'import json, sys, networkx as nx\n"
              "from networkx.readwrite import json_graph\n"
              "g = nx.read_graphml(sys.argv[1]); j = json_graph.node_link_graph(json.load(open(sys.argv[2])))\n"
              "assert g.number_of_nodes() == j.number_of_nodes() > 0, (g.number_of_nodes(), j.number_of_nodes())\n"
              "assert g.number_of_edges() == j.number_of_edges() > 0\n"
              "print(g.number_of_nodes(), g.number_of_edges())' " +
                  sh(stem + ".graphml") + " " + sh(stem + ".json"));
    EXPECT_EQ(nx.exit_code, 0) << projection << ": " << nx.err;
    Output png = guanxi("render" + flags + " -o " + sh(stem + ".png"));
    EXPECT_EQ(png.exit_code, 0) << png.err;
  }
}

}  // namespace
}  // namespace guanxi
