// The store's commands run as the real binary on a store written through the Store API
// (no rules needed): triples (JSON Lines contract, filters, TSV), who-met (JSON shape, exit
// codes), stats, explain. Skipped when build/guanxi has not been built.
#include <sys/wait.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <fstream>
#include <set>
#include <sstream>

#include "core/json.h"
#include "store/store.h"
#include "tests/store/test_util.h"

namespace guanxi {
namespace {

using testing::make_document;
using testing::make_triple;
using testing::person;

struct Output {
  int exit_code = -1;
  std::string out;
};

Output run(const std::string& args) {
  Output r;
  const std::string command = std::string(GUANXI_BINARY) + " " + args + " 2>/dev/null";
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return r;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  const int status = ::pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(GUANXI_BINARY)) GTEST_SKIP() << "build the guanxi binary first";
    auto s = Store::open(tmp_.db(), {});
    ASSERT_TRUE(s.ok());
    Document d1 = make_document("严立主持召开项目推进会，孔然、宁远出席。", "2024-05-06");
    Node e1 = Node::Event("项目推进会", d1.id + "#0");
    std::vector<Triple> t1{make_triple(person("严立"), "chaired", e1, d1, "严立主持召开项目推进会"),
                           make_triple(person("孔然"), "attended", e1, d1, "孔然、宁远出席"),
                           make_triple(person("宁远"), "attended", e1, d1, "孔然、宁远出席"),
                           make_triple(e1, "held_on", Node::Named(NodeType::kDate, "2024-05-05"), d1, "严立主持召开项目推进会")};
    Document d2 = make_document("严立会见孔然。", "2023-01-02");
    std::vector<Triple> t2{make_triple(person("严立"), "met", person("孔然"), d2, "严立会见孔然")};
    ASSERT_TRUE((*s)->put_document(d1, t1, "r").ok());
    ASSERT_TRUE((*s)->put_document(d2, t2, "r").ok());
    db_ = "--db " + tmp_.db();
  }
  testing::TempDir tmp_;
  std::string db_;
};

TEST_F(CliTest, TriplesJsonLinesFollowTheContract) {
  Output r = run("triples " + db_ + " --format jsonl");
  ASSERT_EQ(r.exit_code, 0);
  std::istringstream lines(r.out);
  std::string line;
  size_t n = 0;
  while (std::getline(lines, line)) {
    auto t = parse_triple_json(line);
    ASSERT_TRUE(t.ok()) << line;
    EXPECT_FALSE(t->provenance.sentence.empty());
    EXPECT_FALSE(t->provenance.rule.empty());
    ++n;
  }
  EXPECT_EQ(n, 5u);
  // Filters: by label or id, predicate, node type, dates.
  Output by_subject = run("triples " + db_ + " --subject 严立");
  EXPECT_EQ(std::count(by_subject.out.begin(), by_subject.out.end(), '\n'), 2);
  Output met = run("triples " + db_ + " --predicate met --object person:孔然 --format tsv");
  ASSERT_EQ(met.exit_code, 0);
  EXPECT_EQ(met.out.rfind("person:严立\tperson\t严立\tmet\tperson:孔然\tperson\t孔然\t2023-01-02\t", 0), 0u) << met.out;
  EXPECT_EQ(std::count(met.out.begin(), met.out.end(), '\n'), 1);
  Output dated = run("triples " + db_ + " --type date");
  EXPECT_EQ(std::count(dated.out.begin(), dated.out.end(), '\n'), 1);
  Output old = run("triples " + db_ + " --until 2023-12-31");
  EXPECT_EQ(std::count(old.out.begin(), old.out.end(), '\n'), 1);
  EXPECT_EQ(run("triples " + db_ + " --subject 无此人").exit_code, 1);
  EXPECT_EQ(run("triples " + db_ + " --format xml").exit_code, 2);
  EXPECT_EQ(run("triples --db " + tmp_.path() + "/none").exit_code, 2);
}

TEST_F(CliTest, WhoMetJson) {
  Output r = run("who-met " + db_ + " 严立 --format json");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["person"]["id"], "person:严立");
  ASSERT_EQ(j["met"].size(), 2u);
  EXPECT_EQ(j["met"][0]["person"]["label"], "孔然");  // attended together and met: 2
  EXPECT_EQ(j["met"][0]["count"], 2);
  const auto& e = j["met"][0]["events"];
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0]["label"], "项目推进会");
  EXPECT_EQ(e[0]["date"], "2024-05-05");
  EXPECT_EQ(e[0]["relation"], "attended");
  EXPECT_EQ(e[0]["evidence"], "孔然、宁远出席");
  EXPECT_EQ(e[1]["relation"], "met");
  EXPECT_EQ(e[1]["evidence"], "严立会见孔然");
  EXPECT_EQ(j["met"][1]["person"]["label"], "宁远");
  // Date filter, text output, nobody found.
  auto since = nlohmann::json::parse(run("who-met " + db_ + " 严立 --format json --since 2024-01-01").out);
  EXPECT_EQ(since["met"][0]["count"], 1);
  Output text = run("who-met " + db_ + " 宁远");
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("项目推进会"), std::string::npos);
  EXPECT_EQ(run("who-met " + db_ + " 无此人").exit_code, 1);
}

TEST_F(CliTest, StatsAndExplain) {
  Output stats = run("stats " + db_ + " --format json");
  ASSERT_EQ(stats.exit_code, 0);
  auto j = nlohmann::json::parse(stats.out);
  EXPECT_EQ(j["documents"], 2);
  EXPECT_EQ(j["triples"], 5);
  EXPECT_EQ(j["provenance"], 5);
  Output explain = run("explain " + db_ + " 严立 met 孔然");
  ASSERT_EQ(explain.exit_code, 0);
  EXPECT_NE(explain.out.find("严立会见孔然"), std::string::npos);
  EXPECT_NE(explain.out.find("test_rule"), std::string::npos);
  EXPECT_EQ(run("explain " + db_ + " 孔然 met 严立").exit_code, 1);
}

}  // namespace
}  // namespace guanxi

namespace guanxi {
namespace {

// reindex with real rules on the team's example pages: with the same rules nothing changes;
// with one rule file removed, every triple that file produced is gone (no stale triple),
// the rest stays, and a second run finds everything current.
TEST(CliReindexTest, NoStaleTripleSurvivesARuleChange) {
  namespace fs = std::filesystem;
  const fs::path rules = fs::path(GUANXI_SOURCE_DIR) / "rules";
  const fs::path examples = fs::path(GUANXI_SOURCE_DIR) / "examples";
  if (!fs::exists(GUANXI_BINARY) || !fs::is_directory(rules) || !fs::is_directory(examples)) {
    GTEST_SKIP() << "needs the binary, rules/ and examples/";
  }
  testing::TempDir tmp;
  const std::string db = "--db " + tmp.db();
  std::string pages;
  for (const auto& e : fs::directory_iterator(examples)) {
    if (e.path().extension() == ".txt") pages += " " + e.path().string();
  }
  ASSERT_EQ(run("ingest -q " + db + " --rules " + rules.string() + pages).exit_code, 0);
  Output same = run("reindex " + db + " --rules " + rules.string());
  ASSERT_EQ(same.exit_code, 0);
  EXPECT_NE(same.out.find("(0 re-extracted"), std::string::npos) << same.out;

  // The rules without the last rule file (inference comes last).
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(rules)) {
    if (e.path().extension() == ".yaml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  const fs::path fewer = fs::path(tmp.path()) / "rules";
  fs::copy(rules, fewer, fs::copy_options::recursive);
  fs::remove(fewer / files.back().filename());
  if (run("extract --rules " + fewer.string() + " /dev/null").exit_code == 2) {
    GTEST_SKIP() << "the rules do not load without " << files.back().filename();
  }
  std::set<std::string> removed_rules;
  {
    std::ifstream in(files.back());
    std::string line;
    while (std::getline(in, line)) {
      auto at = line.find("name:");
      if (at == std::string::npos) continue;
      std::string name = line.substr(at + 5);
      name.erase(0, name.find_first_not_of(" \"'"));
      name.erase(name.find_last_not_of(" \"'\r") + 1);
      removed_rules.insert(name);
    }
  }
  auto rules_in_store = [&] {
    std::set<std::string> out;
    std::istringstream lines(run("triples " + db + " --format tsv").out);
    std::string line;
    while (std::getline(lines, line)) {
      std::vector<std::string> f;
      std::istringstream cols(line);
      std::string c;
      while (std::getline(cols, c, '\t')) f.push_back(c);
      if (f.size() > 10) out.insert(f[10]);
    }
    return out;
  };
  const std::set<std::string> before = rules_in_store();
  Output changed = run("reindex " + db + " --rules " + fewer.string());
  ASSERT_EQ(changed.exit_code, 0) << changed.out;
  EXPECT_EQ(changed.out.find("(0 re-extracted"), std::string::npos) << changed.out;
  const std::set<std::string> after = rules_in_store();
  for (const std::string& r : after) EXPECT_FALSE(removed_rules.count(r)) << "stale triple of rule " << r;
  EXPECT_LE(after.size(), before.size());
  Output again = run("reindex " + db + " --rules " + fewer.string());
  EXPECT_NE(again.out.find("(0 re-extracted"), std::string::npos) << again.out;
}

}  // namespace
}  // namespace guanxi
