#include "extract/layout.h"

#include <gtest/gtest.h>

namespace guanxi {
namespace {

std::vector<std::string> roles_and_names(const std::vector<Reporter>& rs) {
  std::vector<std::string> out;
  for (const Reporter& r : rs) out.push_back(r.affiliation + "|" + r.role + "|" + r.name);
  return out;
}

TEST(Lead, FixedWords) {
  auto m = match_lead("本报讯（记者 李晓燕 王子涵） 3月15日上午，会议召开。");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->lead, "本报讯");
  EXPECT_EQ(roles_and_names(m->reporters), (std::vector<std::string>{"|记者|李晓燕", "|记者|王子涵"}));
  EXPECT_EQ(std::string("本报讯（记者 李晓燕 王子涵） 3月15日上午，会议召开。").substr(m->body_begin),
            "3月15日上午，会议召开。");
  m = match_lead("又讯 昨日，会议召开。");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->lead, "又讯");
  EXPECT_TRUE(m->reporters.empty());
}

TEST(Lead, Datelines) {
  for (const char* line : {"新华社北京1月9日电（记者郑明远）国家主席会见来宾。", "本报北京2月24日电 记者从会上获悉",
                           "据新华社北京1月9日电 会议召开。", "中新网清河8月3日电 会议召开。",
                           "新华社电 会议召开。"}) {
    auto m = match_lead(line);
    EXPECT_TRUE(m) << line;
  }
  EXPECT_EQ(match_lead("新华社北京1月9日电（记者郑明远）国家主席")->lead, "新华社北京1月9日电");
  EXPECT_EQ(match_lead("据新华社北京1月9日电 会议")->lead, "据新华社北京1月9日电");
  EXPECT_EQ(match_lead("本报北京2月24日电 会议")->lead, "本报北京2月24日电");
}

TEST(Lead, NewsProgramme) {
  auto m = match_lead("央视网消息（新闻联播）：记者从应急管理部获悉");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->lead, "央视网消息（新闻联播）");
  EXPECT_EQ(std::string("央视网消息（新闻联播）：记者从应急管理部获悉").substr(m->body_begin), "记者从应急管理部获悉");
}

// A TV rundown prints each item on one line: the time, the section in brackets, the text.
TEST(Lead, RundownTimesOpenItems) {
  const std::string line = "07:02 【要闻】昨天下午，市长韩一鸣来到港区调研。";
  auto m = match_lead(line);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->lead, "07:02 【要闻】");
  EXPECT_EQ(line.substr(m->body_begin), "昨天下午，市长韩一鸣来到港区调研。");
  EXPECT_EQ(match_lead("7：05【快讯】项目集中开工。")->lead, "7：05【快讯】");
  EXPECT_FALSE(match_lead("07:00 【片头】"));           // no text: not an item
  EXPECT_FALSE(match_lead("10:30 会议开始。"));         // a time without a section is prose
  EXPECT_FALSE(match_lead("07:02 【要闻要闻要闻要闻】会议召开。"));  // no section is that long
}

TEST(Lead, BodyLinesAreNotLeads) {
  for (const char* line : {"本报记者从市电力公司获悉，", "中央电视台报道，", "会议指出，要加强领导。",
                           "记者 李晓燕", "据了解，消息称：", "新华社记者在北京电话采访"}) {
    EXPECT_FALSE(match_lead(line)) << line;
  }
}

TEST(Byline, RolesAffiliationsAndSeparators) {
  EXPECT_EQ(roles_and_names(*parse_byline("正观新闻·清河晚报记者 陈小雨 孙一凡")),
            (std::vector<std::string>{"正观新闻·清河晚报|记者|陈小雨", "正观新闻·清河晚报|记者|孙一凡"}));
  EXPECT_EQ(roles_and_names(*parse_byline("清报全媒体记者 赵一鸣、王子涵")),
            (std::vector<std::string>{"清报全媒体|记者|赵一鸣", "清报全媒体|记者|王子涵"}));
  EXPECT_EQ(roles_and_names(*parse_byline("记者郑明远")), (std::vector<std::string>{"|记者|郑明远"}));
  EXPECT_EQ(roles_and_names(*parse_byline("记者 李晓燕 见习记者 陈小雨 通讯员 刘思远 实习生 马骏")),
            (std::vector<std::string>{"|记者|李晓燕", "|见习记者|陈小雨", "|通讯员|刘思远", "|实习生|马骏"}));
  EXPECT_EQ(roles_and_names(*parse_byline("特约记者 卡尔·莫雷诺 文图")),
            (std::vector<std::string>{"|特约记者|卡尔·莫雷诺"}));
  EXPECT_EQ(roles_and_names(*parse_byline("本报记者 李晓燕 摄")), (std::vector<std::string>{"本报|记者|李晓燕"}));
  EXPECT_EQ(roles_and_names(*parse_byline("记者 李晓燕/文 王子涵/图")),
            (std::vector<std::string>{"|记者|李晓燕", "|记者|王子涵"}));
  EXPECT_EQ(roles_and_names(*parse_byline("记者 马骏摄")), (std::vector<std::string>{"|记者|马骏"}));
}

TEST(Byline, NotBylines) {
  EXPECT_FALSE(parse_byline("记者从市政府获悉"));
  EXPECT_FALSE(parse_byline("李晓燕 王子涵"));  // names without a role
  EXPECT_FALSE(parse_byline("记者"));           // a role without names
  EXPECT_FALSE(parse_byline("国际观察"));
  EXPECT_FALSE(parse_byline("记者手记"));  // a column, not a reporter named 手记
  EXPECT_FALSE(match_byline_line("记者手记："));
  EXPECT_FALSE(match_byline_line("记者观察"));
}

TEST(Byline, WholeLines) {
  EXPECT_TRUE(match_byline_line("记者 李晓燕 通讯员 刘思远 文图"));
  EXPECT_TRUE(match_byline_line("（记者 李晓燕）"));
  EXPECT_TRUE(match_byline_line("(记者 李晓燕)"));
  EXPECT_FALSE(match_byline_line("记者 李晓燕出席会议。"));
  EXPECT_FALSE(match_byline_line("南湖县召开春季植树动员会"));
}

// Closing credits of county and department releases: the desk printed apart from the role,
// and a credit before the names.
TEST(Byline, DesksApartAndCreditsBeforeNames) {
  auto whole = [](std::string_view line) {
    auto r = match_byline_line(line);
    return r ? roles_and_names(*r) : std::vector<std::string>{"(none)"};
  };
  EXPECT_EQ(whole("（南湖区融媒体中心 记者 李晓燕 实习生 马骏）"),
            (std::vector<std::string>{"南湖区融媒体中心|记者|李晓燕", "南湖区融媒体中心|实习生|马骏"}));
  EXPECT_EQ(whole("(市纪委监委宣传部 通讯员 刘思远)"), (std::vector<std::string>{"市纪委监委宣传部|通讯员|刘思远"}));
  EXPECT_EQ(whole("(文/图 王子涵)"), (std::vector<std::string>{"|文/图|王子涵"}));
  EXPECT_EQ(whole("（供稿：清河街道党政办 陈小雨）"), (std::vector<std::string>{"清河街道党政办|供稿|陈小雨"}));
  EXPECT_EQ(whole("(文 王子涵 图 陈小雨)"), (std::vector<std::string>{"|文|王子涵", "|文|陈小雨"}));
  EXPECT_EQ(whole("（摄影 陈小雨）"), (std::vector<std::string>{"|摄影|陈小雨"}));
  // The desk's credits after the writers' (编辑, 审核) end the byline: no reporter, and the
  // credit words are no names.
  EXPECT_EQ(whole("（供稿：清河街道党政办 陈小雨 编辑：马骏 审核：王子涵）"),
            (std::vector<std::string>{"清河街道党政办|供稿|陈小雨"}));
  EXPECT_EQ(whole("（记者 李晓燕 责任编辑 马骏）"), (std::vector<std::string>{"|记者|李晓燕"}));
  // An agency or a picture desk credited is no reporter.
  EXPECT_EQ(whole("（图 新华社）"), (std::vector<std::string>{"(none)"}));
  EXPECT_EQ(whole("（图 视觉中国）"), (std::vector<std::string>{"(none)"}));
  EXPECT_EQ(whole("（摄影 东湾社发）"), (std::vector<std::string>{"(none)"}));
  // Not credits: a slogan in brackets, a credit word opening a sentence, no brackets.
  EXPECT_EQ(whole("(文明城市创建 全民参与)"), (std::vector<std::string>{"(none)"}));
  EXPECT_EQ(whole("（文 化 惠 民）"), (std::vector<std::string>{"(none)"}));
  EXPECT_EQ(whole("文/图 王子涵"), (std::vector<std::string>{"(none)"}));
  EXPECT_EQ(whole("（南湖区融媒体中心）"), (std::vector<std::string>{"(none)"}));
}

TEST(Headline, ShortLinesWithoutSentenceEnd) {
  EXPECT_TRUE(looks_like_headline("南湖县召开春季植树动员会"));
  EXPECT_TRUE(looks_like_headline("绿化家园 共建美丽南湖"));
  EXPECT_TRUE(looks_like_headline("确保“平安开学、开学平安”"));
  EXPECT_FALSE(looks_like_headline("会议还对森林防火工作进行了部署。"));
  EXPECT_FALSE(looks_like_headline("苏雅琴要求，要抓住有利时机，扎实推进国土绿化"));
  EXPECT_FALSE(looks_like_headline("会议决定如下："));
}

TEST(Paragraph, Ends) {
  EXPECT_TRUE(ends_paragraph("会议召开。"));
  EXPECT_TRUE(ends_paragraph("他说：“好。”"));
  EXPECT_TRUE(ends_paragraph("（完）"));
  EXPECT_TRUE(ends_paragraph("会议决定如下： "));
  EXPECT_FALSE(ends_paragraph("努力实现"));
  EXPECT_FALSE(ends_paragraph("“十三"));
}

TEST(Trim, WideSpaces) {
  EXPECT_EQ(trim_spaces("\u3000\u3000正文 "), "正文");
  EXPECT_EQ(trim_spaces("   "), "");
}

}  // namespace
}  // namespace guanxi

namespace guanxi {
namespace {

TEST(PageFurniture, RunningHeadsAndDeskCredits) {
  EXPECT_TRUE(is_page_furniture("清河日报 2023年3月16日 星期四 第2版"));
  EXPECT_TRUE(is_page_furniture("2023年3月16日 A03版 要闻"));
  EXPECT_TRUE(is_page_furniture("责任编辑：马骏 校对：程一"));
  EXPECT_FALSE(is_page_furniture("南湖县召开春季植树动员会"));
  EXPECT_FALSE(is_page_furniture("2023年3月16日，南湖县召开春季植树动员会。"));
  EXPECT_FALSE(is_page_furniture("新版城市总体规划发布"));
}

}  // namespace
}  // namespace guanxi

namespace guanxi {
namespace {

TEST(Lead, BylineWithoutBracketsAfterTheLead) {
  const std::string line = "本报讯 记者 周明远 通讯员 刘思远 近日，南湖县召开会议。";
  auto m = match_lead(line);
  ASSERT_TRUE(m);
  EXPECT_EQ(roles_and_names(m->reporters), (std::vector<std::string>{"|记者|周明远", "|通讯员|刘思远"}));
  EXPECT_EQ(line.substr(m->body_begin), "近日，南湖县召开会议。");

  const std::string glued = "本报讯 记者周明远 报道：近日，南湖县召开会议。";
  m = match_lead(glued);
  ASSERT_TRUE(m);
  EXPECT_EQ(roles_and_names(m->reporters), (std::vector<std::string>{"|记者|周明远"}));
  EXPECT_EQ(glued.substr(m->body_begin), "近日，南湖县召开会议。");

  // "记者从……获悉" is body text, not a byline.
  const std::string body = "本报讯 记者从市政府获悉，南湖县将召开会议。";
  m = match_lead(body);
  ASSERT_TRUE(m);
  EXPECT_TRUE(m->reporters.empty());
  EXPECT_EQ(body.substr(m->body_begin), "记者从市政府获悉，南湖县将召开会议。");
}

TEST(PageFurniture, WebCopies) {
  EXPECT_TRUE(is_page_furniture("【纠错】 【责任编辑：马骏】"));
  EXPECT_TRUE(is_page_furniture("来源：清河日报"));
  EXPECT_TRUE(is_page_furniture("（上接第一版）"));
  EXPECT_TRUE(is_page_furniture("（下转第3版）"));
  EXPECT_FALSE(is_page_furniture("来源：清河日报。据统计，今年以来全市新增就业岗位三万余个，同比增长百分之十二。"));
}

}  // namespace
}  // namespace guanxi

namespace guanxi {
namespace {

TEST(Lead, BracketedLeadsAndOrnaments) {
  std::string line = "【新华社北京1月9日电】国家主席方国栋会见来宾。";
  auto m = match_lead(line);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->lead, "新华社北京1月9日电");
  EXPECT_EQ(line.substr(m->body_begin), "国家主席方国栋会见来宾。");

  line = "【环球时报报道 记者 李晓燕】东海国总统卡尔·莫雷诺9日表示，";
  m = match_lead(line);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->lead, "环球时报报道");
  EXPECT_EQ(roles_and_names(m->reporters), (std::vector<std::string>{"|记者|李晓燕"}));
  EXPECT_EQ(line.substr(m->body_begin), "东海国总统卡尔·莫雷诺9日表示，");

  EXPECT_FALSE(match_lead("【链接】清河市概况"));

  line = "■本报讯（记者 李晓燕）昨日，会议召开。";
  m = match_lead(line);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->lead, "本报讯");
  EXPECT_EQ(line.substr(m->body_begin), "昨日，会议召开。");

  EXPECT_EQ(roles_and_names(*match_byline_line("□记者 李晓燕 通讯员 刘思远")),
            (std::vector<std::string>{"|记者|李晓燕", "|通讯员|刘思远"}));
  EXPECT_EQ(roles_and_names(*match_byline_line("■本报记者 李晓燕")), (std::vector<std::string>{"本报|记者|李晓燕"}));
}

}  // namespace
}  // namespace guanxi
