// Paths, components, ranking and neighbours: on hand-made graphs, on the fixture store, and
// betweenness compared with networkx on the same graph.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <random>
#include <set>

#include "graph/components.h"
#include "graph/neighbors.h"
#include "graph/paths.h"
#include "graph/ranking.h"
#include "tests/graph/fixture.h"

namespace guanxi {
namespace {

using guanxi::testing::TempDir;

// A graph of people named by `names`, with an edge per pair in `edges`.
Graph people(const std::vector<std::string>& names, const std::vector<std::pair<size_t, size_t>>& edges,
             const std::string& predicate = "met_with") {
  Graph g;
  for (const std::string& n : names) g.add_node(Node::Named(NodeType::kPerson, n));
  for (auto [a, b] : edges) {
    GraphEdge e;
    e.source = a;
    e.target = b;
    e.predicate = predicate;
    g.add_edge(e);
  }
  return g;
}

TEST(ShortestPath, FewestHopsIgnoringDirection) {
  //  0 -> 1 -> 2 -> 3 -> 4, and a shortcut 4 -> 1 (against the direction of travel)
  Graph g = people({"甲", "乙", "丙", "丁", "戊"}, {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 1}});
  auto p = shortest_path(g, 0, 4);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->nodes, (std::vector<size_t>{0, 1, 4}));
  EXPECT_EQ(p->edges, (std::vector<size_t>{0, 4}));
  auto back = shortest_path(g, 4, 0);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->nodes, (std::vector<size_t>{4, 1, 0}));
  EXPECT_EQ(shortest_path(g, 2, 2)->nodes, (std::vector<size_t>{2}));
  EXPECT_FALSE(shortest_path(g, 0, 99));
}

TEST(ShortestPath, UnconnectedIsNullopt) {
  Graph g = people({"甲", "乙", "丙"}, {{0, 1}});
  EXPECT_FALSE(shortest_path(g, 0, 2));
  EXPECT_FALSE(shortest_path(Graph(), 0, 0));
}

TEST(ShortestPath, LongChainsDoNotRecurse) {
  // 200,000 hops: a recursive search would overflow the stack.
  const size_t n = 200000;
  Graph g;
  for (size_t i = 0; i < n; ++i) g.add_node(Node::Named(NodeType::kPerson, std::to_string(i)));
  for (size_t i = 0; i + 1 < n; ++i) {
    GraphEdge e;
    e.source = i;
    e.target = i + 1;
    g.add_edge(e);
  }
  auto p = shortest_path(g, 0, n - 1);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->nodes.size(), n);
}

TEST(Components, NumberedByFirstNode) {
  Graph g = people({"甲", "乙", "丙", "丁", "戊", "己"}, {{0, 2}, {1, 3}, {3, 4}});
  Components c = connected_components(g);
  EXPECT_EQ(c.of, (std::vector<size_t>{0, 1, 0, 1, 1, 2}));
  EXPECT_EQ(c.size, (std::vector<size_t>{2, 3, 1}));
  EXPECT_TRUE(connected_components(Graph()).size.empty());
}

TEST(Ranking, DegreeCountsDistinctNeighbours) {
  // 甲 is linked to 乙 twice (parallel edges) and to 丙 and 丁: degree 3.
  Graph g = people({"甲", "乙", "丙", "丁"}, {{0, 1}, {1, 0}, {0, 2}, {0, 3}});
  auto r = rank_nodes(g, Centrality::kDegree, 2);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(g.nodes()[r[0].node].node.label, "甲");
  EXPECT_EQ(r[0].degree, 3u);
  EXPECT_EQ(r[0].strength, 4);
  EXPECT_EQ(g.nodes()[r[1].node].node.label, "乙");  // degree 1 like 丙 and 丁, but strength 2
}

TEST(Ranking, BetweennessOfAPath) {
  Graph g = people({"甲", "乙", "丙", "丁"}, {{0, 1}, {1, 2}, {2, 3}});
  auto r = rank_nodes(g, Centrality::kBetweenness, 0);
  std::map<std::string, double> score;
  for (const Ranked& x : r) score[g.nodes()[x.node].node.label] = x.score;
  EXPECT_EQ(score, (std::map<std::string, double>{{"甲", 0}, {"乙", 2}, {"丙", 2}, {"丁", 0}}));
}

TEST(Ranking, BetweennessAgreesWithNetworkx) {
  std::mt19937 rng(7);
  const size_t n = 60;
  std::vector<std::string> names;
  for (size_t i = 0; i < n; ++i) names.push_back("p" + std::to_string(i));
  std::set<std::pair<size_t, size_t>> pairs;
  while (pairs.size() < 150) {
    size_t a = rng() % n, b = rng() % n;
    if (a != b) pairs.insert({std::min(a, b), std::max(a, b)});
  }
  Graph g = people(names, {pairs.begin(), pairs.end()});
  TempDir dir;
  {
    std::ofstream edges(dir.file("edges.txt"));
    for (auto [a, b] : pairs) edges << a << ' ' << b << '\n';
  }
  const std::string script =
      "import networkx as nx, sys\n"
      "g = nx.Graph(); g.add_nodes_from(range(" + std::to_string(n) + "))\n"
      "g.add_edges_from(tuple(map(int, l.split())) for l in open(sys.argv[1]))\n"
      "b = nx.betweenness_centrality(g, normalized=False)\n"
      "open(sys.argv[2], 'w').write('\\n'.join(repr(b[i]) for i in range(len(b))))\n";
  std::ofstream(dir.file("b.py")) << script;
  ASSERT_EQ(std::system(("/usr/bin/python3 " + dir.file("b.py") + " " + dir.file("edges.txt") + " " +
                         dir.file("b.txt")).c_str()),
            0);
  std::ifstream in(dir.file("b.txt"));
  std::vector<double> want;
  for (double x; in >> x;) want.push_back(x);
  ASSERT_EQ(want.size(), n);
  for (const Ranked& r : rank_nodes(g, Centrality::kBetweenness, 0)) {
    EXPECT_NEAR(r.score, want[r.node], 1e-9) << names[r.node];
  }
}

class StoreAlgorithmsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = graph_testing::make_fixture_store(dir_.path() + "/db");
    ASSERT_TRUE(store.ok()) << store.status().to_string();
    store_ = std::move(store).value();
  }
  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreAlgorithmsTest, PersonPathGoesThroughEventsAndMeetings) {
  auto r = person_path(*store_, "林振华", "陆文清", GraphQuery{});
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  ASSERT_TRUE(r->path);
  std::vector<std::string> labels;
  for (size_t n : r->path->nodes) labels.push_back(r->graph.nodes()[n].node.label);
  // 林振华 -> (an event both attended) -> 周明远 -> 乡村振兴工作座谈会 -> 贺启东 -> 陆文清
  ASSERT_EQ(labels.size(), 6u);
  EXPECT_EQ(labels[0], "林振华");
  EXPECT_EQ(labels[2], "周明远");
  EXPECT_EQ(labels[3], "乡村振兴工作座谈会");
  EXPECT_EQ(labels[4], "贺启东");
  EXPECT_EQ(labels[5], "陆文清");
  EXPECT_EQ(r->graph.edges()[r->path->edges.back()].predicate, "met");
}

TEST_F(StoreAlgorithmsTest, PersonPathHonoursFiltersAndReportsUnknownPeople) {
  GraphQuery q;
  q.until = "2024-03-31";  // before the meeting with 陆文清
  auto r = person_path(*store_, "林振华", "陆文清", q);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->path);
  EXPECT_EQ(person_path(*store_, "林振华", "无此人", GraphQuery{}).status().code(), StatusCode::kNotFound);
}

TEST_F(StoreAlgorithmsTest, NeighborsWithPredicatesAndEvidence) {
  auto r = neighbors(*store_, "贺启东", GraphQuery{});
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  EXPECT_EQ(r->centre.id, "person:贺启东");
  ASSERT_EQ(r->neighbors.size(), 2u);
  EXPECT_EQ(r->neighbors[0].node.label, "陆文清");  // two sentences
  EXPECT_EQ(r->neighbors[0].predicate, "met");
  EXPECT_EQ(r->neighbors[0].evidence, 2u);
  EXPECT_TRUE(r->neighbors[0].outgoing);
  EXPECT_EQ(r->neighbors[1].node.label, "乡村振兴工作座谈会");

  auto lu = neighbors(*store_, "陆文清", GraphQuery{});
  ASSERT_TRUE(lu.ok());
  ASSERT_EQ(lu->neighbors.size(), 1u);
  EXPECT_FALSE(lu->neighbors[0].outgoing);

  GraphQuery only_titles;
  only_titles.node_types = {NodeType::kTitle};
  auto lin = neighbors(*store_, "林振华", only_titles);
  ASSERT_TRUE(lin.ok());
  ASSERT_EQ(lin->neighbors.size(), 1u);
  EXPECT_EQ(lin->neighbors[0].node.label, "市委书记");

  auto place = neighbors(*store_, "place:青川县", GraphQuery{});
  ASSERT_TRUE(place.ok());
  EXPECT_EQ(place->neighbors.size(), 1u);
  EXPECT_EQ(neighbors(*store_, "青川县", GraphQuery{})->centre.id, "place:青川县");
  EXPECT_EQ(neighbors(*store_, "无此人", GraphQuery{}).status().code(), StatusCode::kNotFound);
}

TEST_F(StoreAlgorithmsTest, TopOfThePeopleProjection) {
  GraphQuery q;
  q.projection = Projection::kPeople;
  auto g = build_graph(*store_, q);
  ASSERT_TRUE(g.ok());
  auto by_degree = rank_nodes(*g, Centrality::kDegree, 1);
  EXPECT_EQ(g->nodes()[by_degree[0].node].node.label, "周明远");  // 林, 韩, 贺
  auto by_betweenness = rank_nodes(*g, Centrality::kBetweenness, 0);
  EXPECT_EQ(g->nodes()[by_betweenness[0].node].node.label, "周明远");
  EXPECT_EQ(by_betweenness[0].score, 4);  // between {林, 韩} and {贺, 陆}: 2 x 2 pairs
  EXPECT_EQ(g->nodes()[by_betweenness[1].node].node.label, "贺启东");
  EXPECT_EQ(by_betweenness[1].score, 3);  // between 陆 and {林, 韩, 周}
  EXPECT_EQ(connected_components(*g).size.size(), 1u);
}

}  // namespace
}  // namespace guanxi
