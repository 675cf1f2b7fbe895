// The whole pipeline through the real binary: ingest -> triples -> who-met -> export ->
// render, on a page written for this test and on examples/.
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "harness.h"

namespace guanxi::e2e {
namespace {

// An invented page in the style of a city paper: headline, lead with byline, a chair, a
// speaker, a list of attendees referring back to the meeting.
constexpr const char* kPage =
    "青川市召开优化营商环境推进会\n"
    "\n"
    "本报讯(记者 钟晓岚 通讯员 庞永新) 3月14日上午,全市优化营商环境推进会召开。"
    "市委书记林振华出席会议并讲话。\n"
    "\n"
    "市长谢文博主持会议。市领导韩立群、乔志远、戴明出席会议。\n";

struct Fact {
  std::string subject, predicate, object_type;
  bool operator==(const Fact& o) const = default;
  bool operator<(const Fact& o) const {
    return std::tie(subject, predicate, object_type) < std::tie(o.subject, o.predicate, o.object_type);
  }
};

std::vector<nlohmann::json> parse_lines(const std::string& jsonl) {
  std::vector<nlohmann::json> out;
  std::istringstream in(jsonl);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  }
  return out;
}

std::set<Fact> facts(const std::vector<nlohmann::json>& triples) {
  std::set<Fact> out;
  for (const auto& t : triples) {
    out.insert({t["subject"]["label"], t["predicate"], t["object"]["type"]});
  }
  return out;
}

class Pipeline : public E2E {
 protected:
  void SetUp() override {
    E2E::SetUp();
    write_file(path("2024-03-15.txt"), kPage);
  }
};

TEST_F(Pipeline, IngestThenTriplesFollowTheJsonLinesContract) {
  Outcome ingest = guanxi_run("ingest --db db 2024-03-15.txt");
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  EXPECT_NE(ingest.out.find("1 added"), std::string::npos) << ingest.out;

  Outcome triples = guanxi_run("triples --db db --format jsonl");
  ASSERT_EQ(triples.exit_code, 0) << triples.err;
  auto lines = parse_lines(triples.out);
  ASSERT_FALSE(lines.empty());
  for (const auto& t : lines) {
    for (const char* side : {"subject", "object"}) {
      EXPECT_TRUE(t[side]["id"].is_string());
      EXPECT_TRUE(t[side]["type"].is_string());
      EXPECT_TRUE(t[side]["label"].is_string());
    }
    EXPECT_TRUE(t["predicate"].is_string());
    for (const char* f : {"doc", "article", "sentence", "rule"}) {
      EXPECT_TRUE(t["provenance"][f].is_string()) << f;
      EXPECT_FALSE(t["provenance"][f].get<std::string>().empty()) << f;
    }
  }
  const auto got = facts(lines);
  for (const char* person : {"林振华", "谢文博", "韩立群", "乔志远", "戴明"}) {
    EXPECT_TRUE(got.count({person, "attended", "event"})) << person << " attended";
  }
  EXPECT_TRUE(got.count({"谢文博", "chaired", "event"}));
  EXPECT_FALSE(got.count({"林振华", "chaired", "event"}));
  EXPECT_TRUE(got.count({"钟晓岚", "reported", "article"}));
  EXPECT_TRUE(got.count({"庞永新", "reported", "article"}));

  // Every attendee attended the same occurrence of the meeting.
  std::set<std::string> events;
  for (const auto& t : lines) {
    if (t["predicate"] == "attended") events.insert(t["object"]["id"]);
  }
  EXPECT_EQ(events.size(), 1u);
}

TEST_F(Pipeline, IngestingTheSameDocumentAgainChangesNothing) {
  ASSERT_EQ(guanxi_run("ingest --db db 2024-03-15.txt").exit_code, 0);
  const std::string before = guanxi_run("triples --db db --format jsonl").out;
  Outcome again = guanxi_run("ingest --db db 2024-03-15.txt");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("1 unchanged"), std::string::npos) << again.out;
  EXPECT_EQ(guanxi_run("triples --db db --format jsonl").out, before);
}

TEST_F(Pipeline, BulkIngestStoresWhatANormalIngestStores) {
  const std::string examples = "'" + source_dir() + "/examples'";
  ASSERT_EQ(guanxi_run("ingest -q --db normal " + examples).exit_code, 0);
  Outcome bulk = guanxi_run("ingest -q --bulk --db bulk " + examples);
  ASSERT_EQ(bulk.exit_code, 0) << bulk.err;
  const std::string normal_triples = guanxi_run("triples --db normal --format jsonl").out;
  EXPECT_FALSE(normal_triples.empty());
  EXPECT_EQ(guanxi_run("triples --db bulk --format jsonl").out, normal_triples);
  Outcome again = guanxi_run("ingest --bulk --db bulk " + examples);
  EXPECT_NE(again.out.find("(0 added,"), std::string::npos) << again.out;
}

TEST_F(Pipeline, ExtractWithoutAStoreGivesTheStoredTriples) {
  ASSERT_EQ(guanxi_run("ingest --db db 2024-03-15.txt").exit_code, 0);
  Outcome stored = guanxi_run("triples --db db --format jsonl");
  Outcome extracted = guanxi_run("extract < 2024-03-15.txt");
  ASSERT_EQ(extracted.exit_code, 0) << extracted.err;
  // Standard input has no file name, hence no date: compare the facts, not the dates.
  EXPECT_EQ(facts(parse_lines(extracted.out)), facts(parse_lines(stored.out)));
  Outcome from_file = guanxi_run("extract 2024-03-15.txt");
  EXPECT_EQ(facts(parse_lines(from_file.out)), facts(parse_lines(stored.out)));
}

// A JSON Lines corpus names its records; every triple, extracted or stored (and after a
// reindex), carries the record's own id so that it joins back to the corpus.
TEST_F(Pipeline, TriplesNameTheirJsonLinesRecord) {
  nlohmann::json record = {{"id", "qc-20240315-07"}, {"date", "2024-03-15"}, {"text", kPage}};
  write_file(path("corpus.jsonl"), record.dump() + "\n");
  Outcome extracted = guanxi_run("extract corpus.jsonl");
  ASSERT_EQ(extracted.exit_code, 0) << extracted.err;
  ASSERT_EQ(guanxi_run("ingest --db db corpus.jsonl").exit_code, 0);
  ASSERT_EQ(guanxi_run("reindex --db db").exit_code, 0);
  Outcome stored = guanxi_run("triples --db db --format jsonl");
  ASSERT_EQ(stored.exit_code, 0) << stored.err;
  for (const Outcome* o : {&extracted, &stored}) {
    const auto triples = parse_lines(o->out);
    ASSERT_FALSE(triples.empty());
    for (const auto& t : triples) EXPECT_EQ(t["provenance"]["record"], "qc-20240315-07") << t.dump();
  }
}

TEST_F(Pipeline, WhoMetListsThePeoplePresentTogether) {
  ASSERT_EQ(guanxi_run("ingest --db db 2024-03-15.txt").exit_code, 0);
  Outcome r = guanxi_run("who-met --db db 林振华 --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  std::set<std::string> met;
  for (const auto& m : j["met"]) {
    met.insert(m["person"]["label"]);
    ASSERT_FALSE(m["events"].empty());
    EXPECT_FALSE(m["events"][0]["label"].get<std::string>().empty());
    EXPECT_FALSE(m["events"][0]["evidence"].get<std::string>().empty());
  }
  for (const char* p : {"谢文博", "韩立群", "乔志远", "戴明"}) EXPECT_TRUE(met.count(p)) << p;
  EXPECT_FALSE(met.count("林振华"));

  Outcome nobody = guanxi_run("who-met --db db 无此人");
  EXPECT_EQ(nobody.exit_code, 1);
}

TEST_F(Pipeline, ExportsOpenInTheRealTools) {
  ASSERT_EQ(guanxi_run("ingest --db db 2024-03-15.txt").exit_code, 0);
  ASSERT_EQ(guanxi_run("export --db db --format dot -o g.dot").exit_code, 0);
  ASSERT_EQ(guanxi_run("export --db db --format graphml -o g.graphml").exit_code, 0);
  ASSERT_EQ(guanxi_run("export --db db --format json -o g.json").exit_code, 0);

  Outcome dot = shell("dot -Tsvg g.dot -o g.svg");
  EXPECT_EQ(dot.exit_code, 0) << dot.err;
  EXPECT_NE(read_file(path("g.svg")).find("林振华"), std::string::npos);

  Outcome xml = shell("xmllint --noout g.graphml");
  EXPECT_EQ(xml.exit_code, 0) << xml.err;
  Outcome nx = shell(
      "python3 -W error -c \"import networkx as nx; g = nx.read_graphml('g.graphml'); "
      "print(g.number_of_nodes(), g.number_of_edges(), "
      "any(d.get('label') == '林振华' for _, d in g.nodes(data=True)))\"");
  ASSERT_EQ(nx.exit_code, 0) << nx.err;
  EXPECT_NE(nx.out.find("True"), std::string::npos) << nx.out;

  auto j = nlohmann::json::parse(read_file(path("g.json")));
  EXPECT_FALSE(j["nodes"].empty());
  EXPECT_FALSE(j["links"].empty());
}

TEST_F(Pipeline, RenderDrawsAnSvgWithChineseLabels) {
  ASSERT_EQ(guanxi_run("ingest --db db 2024-03-15.txt").exit_code, 0);
  Outcome r = guanxi_run("render --db db -o g.svg");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(shell("xmllint --noout g.svg").exit_code, 0);
  EXPECT_NE(read_file(path("g.svg")).find("谢文博"), std::string::npos);
}

TEST_F(Pipeline, AMissingInputIsNamedAndLosesNothingStored) {
  ASSERT_EQ(guanxi_run("ingest --db db 2024-03-15.txt").exit_code, 0);
  const std::string before = guanxi_run("triples --db db --format jsonl").out;
  Outcome r = guanxi_run("ingest --db db no-such-page.txt");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("no-such-page.txt"), std::string::npos) << r.err;
  EXPECT_EQ(guanxi_run("triples --db db --format jsonl").out, before);

  // A good file next to a missing one: the good one is stored, the run says 1 rejected.
  write_file(path("2024-03-16.txt"), std::string(kPage) + "市领导宋嘉禾出席会议。\n");
  Outcome mixed = guanxi_run("ingest --db db no-such-page.txt 2024-03-16.txt");
  EXPECT_EQ(mixed.exit_code, 1);
  EXPECT_NE(mixed.out.find("1 rejected"), std::string::npos) << mixed.out;
  EXPECT_NE(guanxi_run("triples --db db --format jsonl").out.find("宋嘉禾"), std::string::npos);
}

TEST_F(Pipeline, TheShippedExamplesIngest) {
  Outcome r = guanxi_run("ingest --db db '" + source_dir() + "/examples'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = parse_lines(guanxi_run("triples --db db --format jsonl").out);
  EXPECT_GT(lines.size(), 20u);
  Outcome met = guanxi_run("who-met --db db 林振华 --format json");
  ASSERT_EQ(met.exit_code, 0) << met.err;
  EXPECT_GE(nlohmann::json::parse(met.out)["met"].size(), 3u);
}

}  // namespace
}  // namespace guanxi::e2e
