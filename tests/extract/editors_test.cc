// Desk credits ("责任编辑：某某", "编辑：某某　审核：某某"): page furniture that names people. The
// layout reads the names (editor_names) and the segmenter gives them to the article they
// close (Article::editors). All names are invented.
#include <gtest/gtest.h>

#include "core/hash.h"
#include "extract/layout.h"
#include "extract/segmenter.h"

namespace guanxi {
namespace {

using V = std::vector<std::string>;

TEST(Editors, DeskCreditLinesNameTheirPeople) {
  EXPECT_EQ(editor_names("责任编辑：韦小棠"), V({"韦小棠"}));
  EXPECT_EQ(editor_names("编辑：缪青禾　审核：钟离晓"), V({"缪青禾", "钟离晓"}));
  EXPECT_EQ(editor_names("（责任编辑 祁明远）"), V({"祁明远"}));
  EXPECT_EQ(editor_names("【责任编辑：邬小禾】"), V({"邬小禾"}));
  EXPECT_EQ(editor_names("本版编辑：甘露 校对：庞一鸣"), V({"甘露", "庞一鸣"}));
  // A photo credit in the same line names a photographer, and 本报记者 is nobody's name.
  EXPECT_EQ(editor_names("(责任编辑 韦小棠 图 本报记者 冉东 摄)"), V({"韦小棠"}));
  EXPECT_EQ(editor_names("责任编辑：甘露 摄影：庞一鸣"), V({"甘露"}));
  EXPECT_EQ(editor_names("(本版编辑 韦小棠 校对 冉东)"), V({"韦小棠", "冉东"}));
}

TEST(Editors, OtherLinesNameNobody) {
  EXPECT_TRUE(editor_names("市长甘立言出席会议。").empty());      // text
  EXPECT_TRUE(editor_names("发布日期：2025-05-06").empty());      // furniture without a desk role
  EXPECT_TRUE(editor_names("编辑部召开会议，研究工作。").empty());  // a sentence
  EXPECT_TRUE(editor_names("责任编辑：").empty());                // no name
}

TEST(Editors, TheArticleTheyCloseGetsThemAndTheTextDoesNot) {
  Document d;
  d.text =
      "全市防汛工作会议召开\n\n本报讯 5月6日，全市防汛工作会议召开。市长甘立言出席会议。\n"
      "责任编辑：韦小棠\n";
  d.id = content_hash(d.text);
  d.date = "2025-05-07";
  const std::vector<Article> articles = segment(d);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].editors, V({"韦小棠"}));
  EXPECT_EQ(articles[0].text.find("韦小棠"), std::string::npos);
  EXPECT_TRUE(articles[0].reporters.empty());
}

}  // namespace
}  // namespace guanxi
