// The shipped rules on invented pages written in the styles they must generalize to (wire
// copy, TV transcripts, provincial, district and county papers), none of which the rules
// quote: tests/fixtures/rules/holdout/<name>.txt with a hand-made annotation <name>.yaml in
// the format of the evaluation's gold files. Each page must come out exactly: every event's
// attendees, chairs, explicit meetings, titles, inspections, agreements, projects, reporters.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/reader.h"
#include "extract/ruleset.h"

namespace guanxi {
namespace {

namespace fs = std::filesystem;
using Names = std::set<std::string>;

const fs::path kDir = fs::path(GUANXI_SOURCE_DIR) / "tests/fixtures/rules/holdout";

std::vector<std::string> pages() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(kDir)) {
    if (e.path().extension() == ".txt") out.push_back(e.path().stem().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

Names strings(const YAML::Node& n) {
  Names out;
  for (const auto& x : n) out.insert(x.as<std::string>());
  return out;
}

std::set<std::pair<std::string, std::string>> pairs(const YAML::Node& n) {
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& x : n) out.emplace(x[0].as<std::string>(), x[1].as<std::string>());
  return out;
}

bool suffix_of(const std::string& a, const std::string& b) {
  return a.size() <= b.size() && b.compare(b.size() - a.size(), a.size(), a) == 0;
}

class Holdout : public ::testing::TestWithParam<std::string> {};

TEST_P(Holdout, ExtractsWhatTheAnnotationSays) {
  static auto rules = Ruleset::load({std::string(GUANXI_SOURCE_DIR) + "/rules"});
  ASSERT_TRUE(rules.ok()) << rules.status().to_string();
  const std::string name = GetParam();
  std::vector<Document> docs;
  Status s = read_documents({(kDir / (name + ".txt")).string()}, ReadOptions{},
                            [&](Document&& d) { docs.push_back(std::move(d)); }, [](const ReadError&) {});
  ASSERT_TRUE(s.ok() && docs.size() == 1);
  const std::vector<Triple> triples = extract(docs[0], **rules).triples;
  const YAML::Node gold = YAML::LoadFile((kDir / (name + ".yaml")).string());

  std::map<std::string, Names> by_event, chairs_by_event;
  Names attendees, reporters;
  std::set<std::pair<std::string, std::string>> met, titles, inspected, signed_with, started;
  for (const Triple& t : triples) {
    const std::string& s0 = t.subject.label;
    const std::string& o = t.object.label;
    if (t.predicate == "attended") by_event[t.object.id].insert(s0), attendees.insert(s0);
    if (t.predicate == "chaired") chairs_by_event[t.object.id].insert(s0);
    if (t.predicate == "met") met.emplace(std::min(s0, o), std::max(s0, o));
    if (t.predicate == "holds_title") titles.emplace(s0, o);
    if (t.predicate == "inspected") inspected.emplace(s0, o);
    if (t.predicate == "signed_with") signed_with.emplace(std::min(s0, o), std::max(s0, o));
    if (t.predicate == "started") started.emplace(s0, o);
    if (t.predicate == "reported") reporters.insert(s0);
  }

  Names gold_attendees;
  for (const auto& ev : gold["events"]) {
    const Names want = strings(ev["attendees"]);
    gold_attendees.insert(want.begin(), want.end());
    if (want.empty()) continue;
    bool found = false;
    for (const auto& [id, got] : by_event) found |= got == want;
    EXPECT_TRUE(found) << name << ": no event with exactly the attendees of " << ev["name"].as<std::string>();
    for (const std::string& c : strings(ev["chairs"])) {
      bool chaired = false;
      for (const auto& [id, got] : chairs_by_event) chaired |= got.count(c) > 0;
      EXPECT_TRUE(chaired) << name << ": " << c << " chaired nothing";
    }
  }
  EXPECT_EQ(attendees, gold_attendees) << name;
  for (const auto& [a, b] : pairs(gold["met"])) {
    EXPECT_TRUE(met.count({std::min(a, b), std::max(a, b)})) << name << ": " << a << " met " << b;
  }
  EXPECT_EQ(met.size(), gold["met"].size()) << name;
  for (const auto& [p, title] : pairs(gold["titles"])) {
    bool ok = false;
    for (const auto& [q, t] : titles) ok |= q == p && (suffix_of(title, t) || suffix_of(t, title));
    EXPECT_TRUE(ok) << name << ": " << p << " holds_title " << title;
  }
  for (const auto& [q, t] : titles) {
    bool ok = false;
    for (const auto& [p, title] : pairs(gold["titles"])) ok |= q == p && (suffix_of(title, t) || suffix_of(t, title));
    EXPECT_TRUE(ok) << name << ": unexpected " << q << " holds_title " << t;
  }
  EXPECT_EQ(inspected, pairs(gold["inspected"])) << name;
  std::set<std::pair<std::string, std::string>> gold_signed;
  for (const auto& [a, b] : pairs(gold["signed"])) gold_signed.emplace(std::min(a, b), std::max(a, b));
  EXPECT_EQ(signed_with, gold_signed) << name;
  EXPECT_EQ(started.size(), gold["started"].size()) << name;
  EXPECT_EQ(reporters, strings(gold["reporters"])) << name;
}

INSTANTIATE_TEST_SUITE_P(Pages, Holdout, ::testing::ValuesIn(pages()),
                         [](const ::testing::TestParamInfo<std::string>& i) { return i.param; });

}  // namespace
}  // namespace guanxi
