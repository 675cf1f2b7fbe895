// Layout families from a second blind test: items with their own headline inside one page
// (bulleted "●…"/"▲…" items, "【…】" TV items, rundowns with a host's greeting and "——"
// lines, WeChat headers) and bylines printed as datelines or credits ("本报某地4月3日讯
// （记者某某）", "【本報記者 某某報道】", "（出镜）本台记者 某某：", "本版摄影：本报记者 某某").
// All names, places and sentences are invented.
#include <gtest/gtest.h>

#include "extract/layout.h"
#include "extract/segmenter.h"
#include "reader_fixture.h"

namespace guanxi {
namespace {

using testing::names;
using V = std::vector<std::string>;

using testing::contains;
using testing::expect_origin_well_formed;
using testing::split;

V headlines(const std::vector<Article>& articles) {
  V out;
  for (const Article& a : articles) out.push_back(a.headline);
  return out;
}

// ---- 1. items with their own headline ----------------------------------------------------

TEST(Items, BulletedItemsAreArticlesOfTheirOwn) {
  const std::vector<Article> a = split(
      "青岭晚报 2031年3月4日 B05 会议专版\n\n"
      "县十二届人大五次会议开幕\n\n"
      "本报讯（记者 符雨桐）昨天上午，县第十二届人民代表大会第五次会议开幕。县长柴景明作政府工作报告。\n\n"
      "●主席团举行第二次会议\n\n"
      "会前，主席团召开第二次会议，由樊永禄主持。\n\n"
      "▲分组讨论报告\n\n"
      "昨天下午，各组代表讨论县政府工作报告。柴景明到东岸镇代表团听取意见。他说，要办好民生实事。\n\n"
      "◆代表声音\n\n"
      "“报告很实在。”县人大代表甘露说。\n\n"
      "本版摄影：本报记者 司空岚\n");
  expect_origin_well_formed(a);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(headlines(a), (V{"县十二届人大五次会议开幕", "主席团举行第二次会议", "分组讨论报告", "代表声音"}))
      << "the running head with a page code is furniture; bullets are not part of the headline";
  EXPECT_TRUE(a[2].text.starts_with("昨天下午，各组")) << a[2].text;
  EXPECT_FALSE(contains(a[0].text, "主席团")) << "later items do not run into the first";
  EXPECT_EQ(names(a[3]), (V{"记者:司空岚"})) << "the page's photo credit names a reporter";
  EXPECT_EQ(names(a[1]), (V{"记者:司空岚"})) << "of every item that names none of its own";
  EXPECT_EQ(names(a[0]), (V{"记者:符雨桐"}));
  EXPECT_FALSE(contains(a[3].text, "摄影"));
}

TEST(Items, ABulletedSubheadingBeforeASectionStaysInItsArticle) {
  // A feature's sub-headings open sections, not stories: one article.
  const std::vector<Article> a = split(
      "本报讯（记者 符雨桐）近年来，青岭县把项目建设作为头等大事。\n\n"
      "●坚持项目为王\n\n近年来，全县新开工项目一百余个。\n\n"
      "●优化营商环境\n\n目前，全县审批时限压缩一半。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_TRUE(contains(a[0].text, "\n●坚持项目为王\n近年来，")) << a[0].text;
  // A run of bullets (a contents box) opens no item either.
  const std::vector<Article> b = split(
      "本报讯 3月4日，青岭县召开会议。\n\n◆县委常委会召开会议\n◆一批项目集中开工\n\n会议强调，要抓好落实。\n");
  ASSERT_EQ(b.size(), 1u);
}

TEST(Items, BracketedItemHeadlineOnAnyPage) {
  // Web copy of a TV programme without a masthead: "【…】" followed by a story with its day.
  const std::vector<Article> a = split(
      "【县长柴景明调研春耕生产】\n3月4日，县长柴景明到东岸镇调研春耕生产。他强调，要保障农资供应。\n\n"
      "【副县长甘露到开发区检查安全生产】\n3月4日，副县长甘露到开发区检查安全生产。她要求，压实企业主体责任。\n\n"
      "【链接】\n东岸镇耕地面积二十万亩。\n");
  expect_origin_well_formed(a);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].headline, "副县长甘露到开发区检查安全生产");
  EXPECT_TRUE(a[1].text.starts_with("3月4日，副县长甘露")) << "她 is read in 甘露's item";
  EXPECT_TRUE(contains(a[1].text, "【链接】")) << "a box heading opening no story stays text";
}

TEST(Items, RundownWithGreetingAndDashLinesIsFurniture) {
  const std::vector<Article> a = split(
      "青岭新闻 2031年3月4日 文字稿\n\n【导视】\n"
      "各位观众，晚上好！下面请看本期节目的主要内容：\n"
      "——柴景明会见东湾商会考察团\n——县政府召开常务会议\n\n"
      "【柴景明会见东湾商会考察团】\n（主持人口播）3月4日，县长柴景明会见了东湾商会考察团一行。\n"
      "（出镜）本台记者 钟离远：考察团今天走访了三家企业。\n\n"
      "【县政府召开常务会议】\n（口播）今天上午，县长柴景明主持召开县政府常务会议。\n（记者 樊小舟）\n");
  expect_origin_well_formed(a);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(headlines(a), (V{"柴景明会见东湾商会考察团", "县政府召开常务会议"}));
  EXPECT_FALSE(contains(a[0].text, "——")) << "the rundown lines are not the first item's text";
  EXPECT_FALSE(contains(a[0].text, "各位观众"));
  EXPECT_EQ(names(a[0]), (V{"记者:钟离远"}));
  EXPECT_EQ(a[0].reporters[0].affiliation, "本台") << "the caption marker is not the affiliation";
  EXPECT_EQ(names(a[1]), (V{"记者:樊小舟"}));
}

TEST(Items, RundownOpeningWithTheHostsGreeting) {
  // No masthead and no 【导视】: the greeting opens the rundown of a transcript.
  const std::vector<Article> a = split(
      "观众朋友们，晚上好！今天节目的主要内容有：\n——柴景明调研春耕生产\n——甘露检查安全生产\n\n"
      "【柴景明调研春耕生产】\n（口播）3月4日，县长柴景明到东岸镇调研春耕生产。\n\n"
      "【甘露检查安全生产】\n（口播）3月4日，副县长甘露到开发区检查安全生产。她要求压实责任。\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(headlines(a), (V{"柴景明调研春耕生产", "甘露检查安全生产"}));
  EXPECT_TRUE(a[0].text.starts_with("（口播）3月4日")) << a[0].text;
}

TEST(Items, WeChatHeaderIsFurniture) {
  for (std::string_view line : {"青岭发布 2031-03-04 19:42 发表于浙江", "原创 青岭发布 青岭发布 2031年3月4日 08:15",
                                "青岭发布 2031-03-04 发表于浙江"}) {
    EXPECT_TRUE(is_page_furniture(line)) << line;
  }
  for (std::string_view line : {"2031年重点项目集中开工", "青岭县召开2031年度工作会议", "会议于19:30结束"}) {
    EXPECT_FALSE(is_page_furniture(line)) << line;
  }
  const std::vector<Article> a = split(
      "青岭发布 2031-03-04 19:42 发表于浙江\n\n青岭县32个重点项目集中开工\n\n"
      "3月4日上午，青岭县在东岸园区举行开工活动。县委书记樊永禄宣布开工。\n\n"
      "▲县长柴景明察看老旧小区改造\n\n3月3日下午，柴景明察看了三个老旧小区的改造进度。\n\n"
      "来源：青岭县融媒体中心\n记者：符雨桐 通讯员：甘露\n编辑：钟离远\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(headlines(a), (V{"青岭县32个重点项目集中开工", "县长柴景明察看老旧小区改造"}));
  EXPECT_EQ(names(a[1]), (V{"记者:符雨桐", "通讯员:甘露"}));
  EXPECT_EQ(names(a[0]), (V{"记者:符雨桐", "通讯员:甘露"})) << "the release's byline credits every item";
}

TEST(Credits, CameraOperatorsAreCredited) {
  auto r = match_byline_line("（记者 樊小舟 摄像 司空岚）");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[1].role, "摄像");
  EXPECT_EQ((*r)[1].name, "司空岚");
  r = match_byline_line("摄像记者 司空岚");
  ASSERT_TRUE(r);
  EXPECT_EQ((*r)[0].name, "司空岚");
}

// ---- 2. bylines printed as datelines and credits -----------------------------------------

TEST(Credits, PapersOwnDatelineWithXun) {
  auto m = match_lead("本报青岭3月4日讯（记者符雨桐）3月4日下午，县委常委会召开会议。");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->lead, "本报青岭3月4日讯");
  ASSERT_EQ(m->reporters.size(), 1u);
  EXPECT_EQ(m->reporters[0].name, "符雨桐");
  m = match_lead("本报青岭4日讯 记者 符雨桐 甘露 昨日，会议召开。");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->lead, "本报青岭4日讯");
  EXPECT_EQ(m->reporters.size(), 2u);
  m = match_lead("本报东湾讯（通讯员 甘露）昨日，会议召开。");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->lead, "本报东湾讯");
  EXPECT_FALSE(match_lead("本报告提出三项措施，资讯公开。"));
  // The sub-headline before such a lead is the headline's, not glued into the text.
  const std::vector<Article> a = split(
      "县委常委会召开会议\n传达学习会议精神　部署春耕工作\n\n"
      "本报青岭3月4日讯（记者符雨桐）3月4日下午，县委书记樊永禄主持召开县委常委会会议。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].headline, "县委常委会召开会议\n传达学习会议精神 部署春耕工作");
  EXPECT_TRUE(a[0].text.starts_with("3月4日下午")) << a[0].text;
  EXPECT_EQ(names(a[0]), (V{"记者:符雨桐"}));
}

TEST(Credits, BracketedReporterLeadNamesTheReporter) {
  const std::vector<Article> a = split(
      "市議會表決通過修訂條例\n\n【本報記者 甘詠琳報道】市議會昨晚舉行大會，表決通過兩項修訂條例。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(names(a[0]), (V{"记者:甘詠琳"})) << "kept as printed";
  EXPECT_TRUE(a[0].text.starts_with("市议会昨晚")) << a[0].text;
  auto m = match_lead("【记者 符雨桐 东湾报道】昨日，会议召开。");
  ASSERT_TRUE(m);
  ASSERT_EQ(m->reporters.size(), 1u);
  EXPECT_EQ(m->reporters[0].name, "符雨桐");
  m = match_lead("【环球时报综合报道】据外媒报道，会议召开。");
  ASSERT_TRUE(m);
  EXPECT_TRUE(m->reporters.empty());
}

TEST(Credits, PhotoCreditLines) {
  EXPECT_EQ(match_byline_line("本版摄影：本报记者 司空岚").value_or(std::vector<Reporter>{}).size(), 1u);
  EXPECT_EQ(match_byline_line("本版图片：记者 司空岚 甘露").value_or(std::vector<Reporter>{}).size(), 2u);
  EXPECT_FALSE(match_byline_line("本版摄影作品展示了记者眼中的青岭"));
  // In brackets, with no role word: the desk credit leads the name.
  auto bracketed = match_byline_line("（本版摄影：衡子谦）").value_or(std::vector<Reporter>{});
  ASSERT_EQ(bracketed.size(), 1u);
  EXPECT_EQ(bracketed[0].name, "衡子谦");
  // "（照片由某某摄）" after the last sentence: the photographer.
  auto t = trailing_byline("大会在国歌声中闭幕。（照片由韶晨亮摄）");
  ASSERT_TRUE(t);
  ASSERT_EQ(t->reporters.size(), 1u);
  EXPECT_EQ(t->reporters[0].name, "韶晨亮");
  EXPECT_FALSE(trailing_byline("他说，这张照片由他拍摄的故事很长。（照片由来已久的故事说明了什么）"));
}

}  // namespace
}  // namespace guanxi
