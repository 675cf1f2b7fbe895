// The shipped ruleset (rules/): it loads, every example written in it passes, and it
// extracts what the hand-annotated invented pages of tests/fixtures/rules/holdout expect.
#include <gtest/gtest.h>

#include <string>

#include "core/hash.h"
#include "extract/engine/rule_tests.h"
#include "extract/extractor.h"
#include "extract/ruleset.h"

namespace guanxi {
namespace {

const std::string kRules = std::string(GUANXI_SOURCE_DIR) + "/rules";

TEST(ShippedRules, Load) {
  auto rules = Ruleset::load({kRules});
  ASSERT_TRUE(rules.ok()) << rules.status().to_string();
  EXPECT_EQ((*rules)->hash().size(), 32u);
  EXPECT_GE((*rules)->files().size(), 4u);
}

TEST(ShippedRules, EveryExamplePasses) {
  auto rules = Ruleset::load({kRules});
  ASSERT_TRUE(rules.ok()) << rules.status().to_string();
  auto results = engine::run_examples(**rules);
  EXPECT_GE(results.size(), 30u);
  for (const auto& r : results) {
    std::string diff;
    for (const auto& m : r.missing) diff += "  - " + m + "\n";
    for (const auto& u : r.unwanted) diff += "  + " + u + "\n";
    diff += "  produced:\n";
    for (const auto& p : r.produced) diff += "    " + p + "\n";
    EXPECT_TRUE(r.passed) << r.where << " (" << r.rule << "): " << r.text << "\n" << diff;
  }
}

// One line of 1 MB made of everything the rules look for (titles, names, list separators,
// cue words, event nouns) and no sentence end, against the whole shipped rule set. It must
// simply finish (bench/extract_speed prints how long it takes; no timing assertion here).
TEST(ShippedRules, HostileMegabyteLineFinishes) {
  auto rules = Ruleset::load({kRules});
  ASSERT_TRUE(rules.ok()) << rules.status().to_string();
  const std::string piece = "市委书记、副市长张张张、李李李、王王出席参加主持召开会议会见了分别来到等地《韩韩》";
  Document d;
  d.text = "标题\n\n本报讯 ";
  while (d.text.size() < (1u << 20)) d.text += piece;
  d.text += "\n";
  d.id = content_hash(d.text);
  Extraction x = extract(d, **rules);
  EXPECT_FALSE(x.articles.empty());
  EXPECT_LT(x.triples.size(), 100000u);
}

// The extraction of a page of text with the shipped rules (loaded once).
Extraction extract_page(const std::string& text, const std::string& date = "") {
  static const auto rules = Ruleset::load({kRules});
  EXPECT_TRUE(rules.ok()) << rules.status().to_string();
  if (!rules.ok()) return {};
  Document d;
  d.text = text;
  d.id = content_hash(d.text);
  d.date = date;
  return extract(d, **rules);
}

// A name with a rare surname, titled in one item of a page, is known to the next item
// (会议由X主持 there has no title to vouch for it).
TEST(ShippedRules, PersonsOfEarlierArticlesOfThePageAreKnown) {
  Extraction x = extract_page(
      "全市防汛工作会议召开\n\n本报讯 5月6日，全市防汛工作会议召开。市长茆远桥出席会议并讲话。\n\n"
      "又讯 5月6日，全市安全生产工作会议召开，会议由茆远桥主持。\n",
      "2023-05-07");
  ASSERT_EQ(x.articles.size(), 2u);
  bool chaired = false;
  for (const Triple& t : x.triples) {
    chaired |= t.predicate == "chaired" && t.subject.label == "茆远桥" && t.object.label == "全市安全生产工作会议" &&
               t.provenance.article == x.articles[1].id;
  }
  EXPECT_TRUE(chaired);
}

// A foreign guest met by his short name in a later item of the page (又讯 …会见阿吉雷) is
// the person the page named in full before, not a new one.
TEST(ShippedRules, ShortForeignNameOfAnEarlierItemIsTheSamePerson) {
  Extraction x = extract_page(
      "省长会见东湾国客人\n\n本报讯 5月6日，省长茆远桥会见了东湾国工商部长费尔南多·阿吉雷一行。\n\n"
      "又讯 5月7日，副省长卓立群会见阿吉雷，双方就经贸合作交换意见。\n");
  ASSERT_EQ(x.articles.size(), 2u);
  bool met_full = false;
  for (const Triple& t : x.triples) {
    EXPECT_NE(t.subject.label, "阿吉雷");
    EXPECT_NE(t.object.label, "阿吉雷");
    met_full |= t.predicate == "met" && t.subject.label == "卓立群" && t.object.label == "费尔南多·阿吉雷";
  }
  EXPECT_TRUE(met_full);
}

// A leader called by the given name and 同志 in a later item ("景澄同志主持会议") is the
// person the page named in full before; a given name two people of the page share is no one.
TEST(ShippedRules, GivenNameWithTongzhiInALaterItemIsThePersonNamedBefore) {
  Extraction x = extract_page(
      "省委常委会召开会议\n\n本报讯 3月13日，省委常委会召开会议。省委书记欧阳景澄主持会议，"
      "省委副书记阎书韬、省委常委邝立文出席会议。\n\n"
      "又讯 3月12日，省委召开乡村振兴工作专题会议。景澄同志出席会议并讲话，书韬同志主持会议。\n");
  ASSERT_EQ(x.articles.size(), 2u);
  bool attended = false, chaired = false;
  for (const Triple& t : x.triples) {
    EXPECT_NE(t.subject.label, "景澄");
    EXPECT_NE(t.subject.label, "书韬");
    if (t.provenance.article != x.articles[1].id) continue;
    attended |= t.predicate == "attended" && t.subject.label == "欧阳景澄";
    chaired |= t.predicate == "chaired" && t.subject.label == "阎书韬";
  }
  EXPECT_TRUE(attended);
  EXPECT_TRUE(chaired);
  // Two people of the page with the given name 立文: 立文同志 is neither.
  Extraction two = extract_page(
      "市委常委会召开会议\n\n本报讯 市委书记邝立文主持会议，市长闵立文出席会议。\n\n"
      "又讯 市委召开专题会议。立文同志主持会议。\n");
  for (const Triple& t : two.triples) {
    if (t.predicate == "chaired" && t.provenance.article == two.articles.back().id) {
      ADD_FAILURE() << "立文同志 resolved to " << t.subject.label;
    }
  }
}

// "欧阳书记" is the one person of the page with that compound surname; a compound surname
// nobody of the page has is no person ("司马书记").
TEST(ShippedRules, CompoundSurnameWithATitleIsThePersonOfThatSurname) {
  Extraction x = extract_page(
      "省委常委会召开会议\n\n本报讯 3月13日，省委常委会召开会议。省委书记欧阳景澄主持会议。"
      "欧阳书记指出，要抓好春耕。会上，司马书记还通报了有关情况。\n");
  bool titled = false;
  for (const Triple& t : x.triples) {
    EXPECT_NE(t.subject.label, "欧阳");
    EXPECT_NE(t.subject.label, "司马");
    titled |= t.predicate == "holds_title" && t.subject.label == "欧阳景澄" && t.object.label == "书记";
  }
  EXPECT_TRUE(titled);
}

// An item printed without a headline (a wire item, a transcript's segment) still gives its
// article node a label: the start of its first sentence, so no node of the graph is nameless.
TEST(ShippedRules, ArticleWithoutHeadlineIsLabelledByItsFirstSentence) {
  Extraction x = extract_page(
      "本台消息 昨天上午，副省长仇远帆深入到南岭县各乡镇和重点企业调研防汛工作和安全生产工作。\n\n"
      "记者 方晓雨 报道\n");
  bool labelled = false;
  for (const Triple& t : x.triples) {
    if (t.predicate != "reported") continue;
    EXPECT_EQ(t.subject.label, "方晓雨");
    EXPECT_EQ(t.object.type, NodeType::kArticle);
    EXPECT_FALSE(t.object.label.empty());
    EXPECT_TRUE(t.object.label.ends_with("…")) << t.object.label;
    EXPECT_NE(t.object.label.find("副省长仇远帆"), std::string::npos) << t.object.label;
    labelled = true;
  }
  EXPECT_TRUE(labelled);
}

}  // namespace
}  // namespace guanxi
