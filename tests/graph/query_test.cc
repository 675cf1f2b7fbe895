// build_graph against a real store (RocksDB in a temporary directory).
#include "graph/query.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "tests/graph/fixture.h"

namespace guanxi {
namespace {

using graph_testing::make_fixture_store;
using guanxi::testing::TempDir;

class QueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = make_fixture_store(dir_.path() + "/db");
    ASSERT_TRUE(store.ok()) << store.status().to_string();
    store_ = std::move(store).value();
  }

  Graph build(const GraphQuery& q) {
    auto g = build_graph(*store_, q);
    EXPECT_TRUE(g.ok()) << g.status().to_string();
    return g.ok() ? std::move(g).value() : Graph();
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

// "A -predicate-> B" for every edge, by label.
std::multiset<std::string> edge_strings(const Graph& g) {
  std::multiset<std::string> out;
  for (const GraphEdge& e : g.edges()) {
    out.insert(g.nodes()[e.source].node.label + " -" + e.predicate + "-> " + g.nodes()[e.target].node.label);
  }
  return out;
}

// People projection as {"a|b" (labels sorted) -> weight}.
std::map<std::string, double> people_weights(const Graph& g) {
  std::map<std::string, double> out;
  for (const GraphEdge& e : g.edges()) {
    std::string a = g.nodes()[e.source].node.label, b = g.nodes()[e.target].node.label;
    if (b < a) std::swap(a, b);
    out[a + "|" + b] = e.weight;
  }
  return out;
}

std::set<std::string> labels(const Graph& g) {
  std::set<std::string> out;
  for (const GraphNode& n : g.nodes()) out.insert(n.node.label);
  return out;
}

TEST_F(QueryTest, TriplesProjectionHoldsEveryDistinctTripleOnce) {
  Graph g = build(GraphQuery{});
  EXPECT_TRUE(g.directed());
  EXPECT_EQ(g.edges().size(), 12u);
  EXPECT_EQ(edge_strings(g).count("林振华 -chaired-> 全市招商引资推进会"), 1u);
  // Two sentences report the meeting: one edge, two pieces of evidence.
  const auto met = std::find_if(g.edges().begin(), g.edges().end(),
                                [](const GraphEdge& e) { return e.predicate == "met"; });
  ASSERT_NE(met, g.edges().end());
  EXPECT_EQ(met->evidence, 2u);
  EXPECT_EQ(met->date, "2024-04-02");
  // Node ids are unique.
  std::set<std::string> ids;
  for (const GraphNode& n : g.nodes()) ids.insert(n.node.id);
  EXPECT_EQ(ids.size(), g.nodes().size());
}

TEST_F(QueryTest, EventsCarryTheirHeldOnDate) {
  Graph g = build(GraphQuery{});
  for (const GraphNode& n : g.nodes()) {
    const std::string want = n.node.label == "全市招商引资推进会" ? "2024-03-01"  // held_on
                             : n.node.label == "全市安全生产会议" ? "2024-04-02"    // the article's
                             : n.node.type == NodeType::kEvent    ? n.date
                                                                  : "";
    EXPECT_EQ(n.date, want) << n.node.label;
  }
}

TEST_F(QueryTest, PredicateFilterKeepsOnlyThosePredicates) {
  GraphQuery q;
  q.predicates = {"met", "inspected"};
  Graph g = build(q);
  EXPECT_EQ(edge_strings(g), (std::multiset<std::string>{"贺启东 -met-> 陆文清", "周明远 -inspected-> 青川县"}));
  EXPECT_EQ(labels(g), (std::set<std::string>{"贺启东", "陆文清", "周明远", "青川县"}));
}

TEST_F(QueryTest, TypeFilterNeedsBothEnds) {
  GraphQuery q;
  q.node_types = {NodeType::kPerson, NodeType::kPlace};
  Graph g = build(q);
  EXPECT_EQ(edge_strings(g), (std::multiset<std::string>{"贺启东 -met-> 陆文清", "周明远 -inspected-> 青川县"}));
}

TEST_F(QueryTest, DateRangeIsInclusive) {
  GraphQuery q;
  q.since = "2024-03-10";
  q.until = "2024-03-10";
  Graph g = build(q);
  EXPECT_EQ(edge_strings(g), (std::multiset<std::string>{"周明远 -attended-> 乡村振兴工作座谈会",
                                                         "贺启东 -attended-> 乡村振兴工作座谈会",
                                                         "周明远 -inspected-> 青川县"}));
  q.until = "2024-03-09";
  auto bad = build_graph(*store_, q);
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
}

TEST_F(QueryTest, PeopleProjectionWeighsSharedEventsAndMeetings) {
  GraphQuery q;
  q.projection = Projection::kPeople;
  Graph g = build(q);
  EXPECT_FALSE(g.directed());
  EXPECT_EQ(people_weights(g), (std::map<std::string, double>{{"周明远|林振华", 2},
                                                              {"林振华|韩素梅", 1},
                                                              {"周明远|韩素梅", 1},
                                                              {"周明远|贺启东", 1},
                                                              {"贺启东|陆文清", 1}}));
  for (const GraphEdge& e : g.edges()) {
    EXPECT_EQ(e.predicate, "met_with");
    EXPECT_EQ(g.nodes()[e.source].node.type, NodeType::kPerson);
    EXPECT_EQ(g.nodes()[e.target].node.type, NodeType::kPerson);
    EXPECT_LT(e.source, e.target);
    const std::string pair = g.nodes()[e.source].node.label + g.nodes()[e.target].node.label;
    if (pair == "林振华周明远" || pair == "周明远林振华") {
      EXPECT_EQ(std::set<std::string>(e.events.begin(), e.events.end()),
                (std::set<std::string>{"全市招商引资推进会", "全市安全生产会议"}));
      EXPECT_EQ(e.date, "2024-03-01");
    }
    if (pair == "贺启东陆文清" || pair == "陆文清贺启东") {
      EXPECT_EQ(e.evidence, 2u);
    }
  }
}

TEST_F(QueryTest, PeopleProjectionHonoursDatesAndPredicates) {
  GraphQuery q;
  q.projection = Projection::kPeople;
  q.since = "2024-03-05";
  EXPECT_EQ(people_weights(build(q)), (std::map<std::string, double>{{"周明远|林振华", 1},
                                                                     {"周明远|贺启东", 1},
                                                                     {"贺启东|陆文清", 1}}));
  q.since = "";
  q.predicates = {"met"};
  EXPECT_EQ(people_weights(build(q)), (std::map<std::string, double>{{"贺启东|陆文清", 1}}));
  q.predicates = {"inspected"};
  EXPECT_EQ(build_graph(*store_, q).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(QueryTest, EgoNetworkGrowsWithDepth) {
  GraphQuery q;
  q.projection = Projection::kPeople;
  q.person = "林振华";
  q.depth = 0;
  EXPECT_EQ(labels(build(q)), (std::set<std::string>{"林振华"}));
  q.depth = 1;
  EXPECT_EQ(labels(build(q)), (std::set<std::string>{"林振华", "周明远", "韩素梅"}));
  Graph one = build(q);
  EXPECT_EQ(one.nodes().front().node.label, "林振华");  // the centre comes first
  EXPECT_EQ(one.centre(), std::optional<size_t>(0));
  EXPECT_FALSE(build(GraphQuery{}).centre());
  EXPECT_EQ(people_weights(one), (std::map<std::string, double>{{"周明远|林振华", 2},
                                                                {"林振华|韩素梅", 1},
                                                                {"周明远|韩素梅", 1}}));
  q.depth = 2;
  EXPECT_EQ(labels(build(q)), (std::set<std::string>{"林振华", "周明远", "韩素梅", "贺启东"}));
  q.depth = 3;
  EXPECT_EQ(labels(build(q)), (std::set<std::string>{"林振华", "周明远", "韩素梅", "贺启东", "陆文清"}));
  q.depth = 1000;  // deep requests stop when nobody new is reached
  EXPECT_EQ(build(q).nodes().size(), 5u);
}

TEST_F(QueryTest, EgoNetworkAcceptsAnIdAndRespectsDates) {
  GraphQuery q;
  q.projection = Projection::kPeople;
  q.person = "person:贺启东";
  q.depth = 1;
  q.until = "2024-03-31";  // the meeting with 陆文清 is later
  EXPECT_EQ(labels(build(q)), (std::set<std::string>{"贺启东", "周明远"}));
}

TEST_F(QueryTest, EgoNetworkOfTriplesStopsAtTheBoundaryPeople) {
  GraphQuery q;
  q.person = "韩素梅";
  q.depth = 1;  // 韩素梅, 林振华, 周明远 — not 贺启东 (two hops away)
  Graph g = build(q);
  const auto l = labels(g);
  EXPECT_TRUE(l.count("全市安全生产会议"));  // an event of 林振华 and 周明远
  EXPECT_TRUE(l.count("青川县"));
  EXPECT_TRUE(l.count("市委书记"));
  EXPECT_TRUE(l.count("2024-03-01"));  // held_on of the events reached
  EXPECT_FALSE(l.count("贺启东"));
  EXPECT_FALSE(l.count("陆文清"));
  EXPECT_EQ(edge_strings(g).count("周明远 -attended-> 乡村振兴工作座谈会"), 1u);
  EXPECT_EQ(edge_strings(g).count("贺启东 -attended-> 乡村振兴工作座谈会"), 0u);
}

TEST_F(QueryTest, UnknownPersonIsNotFound) {
  GraphQuery q;
  q.person = "王不存在";
  auto g = build_graph(*store_, q);
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), StatusCode::kNotFound);
  EXPECT_NE(g.status().message().find("王不存在"), std::string::npos);
  EXPECT_EQ(resolve_person(*store_, "青川县").status().code(), StatusCode::kNotFound);  // a place
  EXPECT_EQ(*resolve_person(*store_, "周明远"), "person:周明远");
}

TEST(DescribeQuery, SaysWhatIsSelected) {
  GraphQuery q;
  q.projection = Projection::kPeople;
  q.person = "林振华";
  q.depth = 2;
  q.since = "2024-01-01";
  EXPECT_EQ(describe_query(q), "guanxi: people around 林振华, depth 2, 2024-01-01..");
  EXPECT_EQ(describe_query(GraphQuery{}), "guanxi: triples of the knowledge graph");
}

}  // namespace
}  // namespace guanxi
