// Layout families first seen on web copies, county releases, TV programme pages and Hong
// Kong / Taiwan papers: lines without end punctuation that are not cut by the layout
// (breadcrumbs and metadata, rundown bullets, the headlines of stories without a lead),
// "[视频]" item headings, bylines with the place the reporter filed from, photo credits
// and TV stand-ups. All names, places and sentences are invented.
#include <gtest/gtest.h>

#include "extract/layout.h"
#include "extract/segmenter.h"
#include "reader_fixture.h"

namespace guanxi {
namespace {

using testing::names;
using V = std::vector<std::string>;

V names(const std::optional<std::vector<Reporter>>& reporters) {
  if (!reporters) return {"<none>"};
  V out;
  for (const Reporter& r : *reporters) out.push_back(r.role + ":" + r.name);
  return out;
}

using testing::contains;
using testing::expect_origin_well_formed;
using testing::split;

// ---- 1. web copies: breadcrumbs and metadata are furniture ------------------------------

TEST(WebCopies, BreadcrumbsAndMetadataAreFurniture) {
  for (std::string_view line :
       {"首页 > 新闻中心 > 本地要闻", "首页>新闻>本地", "青岭网 > 时政 > 正文", "当前位置：首页 > 政务公开 > 工作动态",
        "首页 » 要闻", "发布日期：2025-05-06 10:20　来源：县融媒体中心　字号：大 中 小", "发布时间：2025年05月06日",
        "2025-05-06 08:15:32　来源：新华社", "2025-05-06 08:15", "浏览次数：356", "字号：大 中 小", "【打印】【关闭】",
        "【打印本页】 【关闭窗口】", "信息来源：青岭县政府办", "作者：县融媒体中心", "青岭县人民政府门户网站",
        "编辑：韦小棠", "责任编辑：韦小棠", "原标题：青岭县召开项目推进会", "上一篇：县政府召开常务会议",
        "下一篇：青岭县举行消防演练", "点击：356次"}) {
    EXPECT_TRUE(is_page_furniture(line)) << line;
  }
  for (std::string_view line :
       {"县长方立群会见客商", "2025年全县生产总值突破500亿元", "5月6日，县委书记柯远航到白沙镇调研。",
        "产值增长8%>预期", "从农田到餐桌>>", "青岭县人民政府与华岳集团签约", "浏览了展板后，他说：“很好。”"}) {
    EXPECT_FALSE(is_page_furniture(line)) << line;
  }
}

TEST(Mastheads, APapersNameAndTheDateAreFurniture) {
  for (std::string_view line : {"临江日报 2025年6月2日", "青岭晚报 2025-06-02", "东湾商报 2025年6月2日 星期一"}) {
    EXPECT_TRUE(is_page_furniture(line)) << line;
  }
  // A headline that names a paper, or a date with more after it, is no masthead.
  for (std::string_view line : {"临江日报 2025年6月2日起改版", "临江日报创刊七十周年座谈会召开", "年报 2025年度报告"}) {
    EXPECT_FALSE(is_page_furniture(line)) << line;
  }
}

TEST(WebCopies, NoFurnitureInTheHeadlineOrTheFirstSentence) {
  const std::vector<Article> a = split(
      "青岭县人民政府门户网站\n首页 > 新闻中心 > 青岭要闻\n\n柯远航到白沙镇督导春耕生产\n\n"
      "发布日期：2025-05-06 10:20　来源：县融媒体中心　字号：大 中 小\n\n"
      "5月5日，县委书记柯远航到白沙镇督导春耕生产。他先后来到两个种粮大户的田头。\n\n【打印】【关闭】\n责任编辑：韦小棠\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].headline, "柯远航到白沙镇督导春耕生产");
  EXPECT_EQ(a[0].text, "5月5日，县委书记柯远航到白沙镇督导春耕生产。他先后来到两个种粮大户的田头。");
  EXPECT_TRUE(a[0].reporters.empty()) << "an editor is no reporter";
  expect_origin_well_formed(a);
}

TEST(WebCopies, RelatedLinksAtTheFootAreNoText) {
  // The links under 相关阅读 are headlines of other articles: no chair, no signing here.
  const std::vector<Article> a = split(
      "青岭县召开防汛工作会议\n\n5月6日，县长闵若松主持召开防汛工作会议。\n\n相关阅读：\n"
      "· 柯远航主持召开县委常委会会议\n· 青岭县与华岳集团签署战略合作协议\n\n【打印本页】【关闭窗口】\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].text, "5月6日，县长闵若松主持召开防汛工作会议。");
}

TEST(WebCopies, MetadataBetweenHeadlineAndLeadIsPassedOver) {
  const std::vector<Article> a = split(
      "青岭网 > 时政 > 正文\n\n第三届山海论坛在临港开幕\n柯远航出席并致辞\n\n2025-05-06 21:02:11　来源：新华社\n\n"
      "新华社临港5月6日电（记者 尤佳宁）第三届山海论坛6日在临港开幕。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].headline, "第三届山海论坛在临港开幕\n柯远航出席并致辞");
  EXPECT_EQ(a[0].lead, "新华社临港5月6日电");
  EXPECT_EQ(names(a[0]), (V{"记者:尤佳宁"}));
  EXPECT_EQ(a[0].text, "第三届山海论坛6日在临港开幕。");
}

// ---- 2. headlines of stories without a lead ----------------------------------------------

TEST(StoriesWithoutLead, EachHeadlineOpensAStory) {
  const std::vector<Article> a = split(
      "柯远航调研全县重点项目\n\n5月5日，县委书记柯远航调研全县重点项目。他要求倒排工期。\n\n"
      "（记者 尤佳宁 通讯员 包启文）\n\n县政府召开第九次常务会议\n\n"
      "5月4日下午，县长闵若松主持召开县政府第九次常务会议。\n\n"
      "青岭县春季项目集中开工\n一批项目总投资42亿元\n\n今天上午，青岭县春季项目集中开工仪式举行。他宣布开工。\n");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].headline, "柯远航调研全县重点项目");
  EXPECT_EQ(names(a[0]), (V{"记者:尤佳宁", "通讯员:包启文"}));
  EXPECT_EQ(a[1].headline, "县政府召开第九次常务会议");
  EXPECT_EQ(a[1].text, "5月4日下午，县长闵若松主持召开县政府第九次常务会议。");
  EXPECT_EQ(a[2].headline, "青岭县春季项目集中开工\n一批项目总投资42亿元");
  EXPECT_TRUE(a[2].text.starts_with("今天上午，")) << a[2].text;
  expect_origin_well_formed(a);
}

TEST(StoriesWithoutLead, ShortHeadlinesOfAPageOfBriefs) {
  // A page of 简讯: headlines of four characters (项目签约 ends like a cut "…约" would, but
  // is a word), and a story that opens with 连日来.
  const std::vector<Article> a = split(
      "县政府召开常务会议\n5月4日，县长闵若松主持召开县政府常务会议。\n\n"
      "项目签约\n5月4日，县政府与东湾新材料有限公司签订投资协议。\n\n"
      "安全检查\n连日来，县人大常委会主任柯远航一行到县应急管理局检查工作。\n");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].headline, "县政府召开常务会议");
  EXPECT_EQ(a[1].headline, "项目签约");
  EXPECT_TRUE(a[1].text.starts_with("5月4日，县政府与")) << a[1].text;
  EXPECT_EQ(a[2].headline, "安全检查");
  EXPECT_TRUE(a[2].text.starts_with("连日来，")) << a[2].text;
  expect_origin_well_formed(a);
}

TEST(StoriesWithoutLead, LinesCutByTheLayoutStayJoined) {
  // A short line after a finished paragraph is still a cut when what follows does not open
  // a story, or when it ends on a word a cut leaves behind (定于, 的, 第 ...).
  const std::vector<Article> a = split(
      "本报讯 5月6日，青岭县召开政协常委会议。\n"
      "会议审议通过了关于召开青岭县政协第五次\n会议的决定。\n"
      "会议决定第五次全体会议定于\n5月20日至22日举行。\n"
      "县政协号召，全县上下\n要凝心聚力。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_TRUE(contains(a[0].text, "青岭县政协第五次会议的决定。")) << a[0].text;
  EXPECT_TRUE(contains(a[0].text, "定于5月20日至22日举行。")) << a[0].text;
  EXPECT_TRUE(contains(a[0].text, "全县上下要凝心聚力。")) << a[0].text;
}

TEST(StoriesWithoutLead, SectionsOfALongArticleAreNoStories) {
  // An unnumbered sub-heading inside an article is followed by a section, not by a day.
  const std::vector<Article> a = split(
      "本报讯（记者 尤佳宁）5月6日，青岭县召开项目建设推进会。\n\n坚持项目为王\n\n"
      "近年来，青岭县把项目建设作为主抓手。\n\n优化营商环境\n\n3月以来，全县新办企业三百家。\n\n"
      "2025年以来，全县签约项目二十个。\n");
  ASSERT_EQ(a.size(), 1u);
  // Nor is it glued to the section's first sentence.
  EXPECT_TRUE(contains(a[0].text, "\n坚持项目为王\n近年来，")) << a[0].text;
  EXPECT_TRUE(contains(a[0].text, "\n优化营商环境\n3月以来，")) << a[0].text;
}

TEST(StoriesWithoutLead, TranscriptItemsWithAnAnchorsLabel) {
  const std::vector<Article> a = split(
      "青岭新闻 2025年5月6日\n\n柯远航到白沙镇督导春耕\n主持人：今天上午，县委书记柯远航到白沙镇督导春耕。\n"
      "（记者 尤佳宁 报道）\n\n县政府召开常务会议\n主持人：5月5日，县长闵若松主持召开常务会议。\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].headline, "柯远航到白沙镇督导春耕");
  EXPECT_EQ(names(a[0]), (V{"记者:尤佳宁"}));
  EXPECT_EQ(a[1].headline, "县政府召开常务会议");
  EXPECT_TRUE(a[1].text.starts_with("主持人：5月5日")) << a[1].text;
}

// ---- 3. rundowns -------------------------------------------------------------------------

TEST(Rundowns, BulletedLinesAreTheirOwnParagraphs) {
  // On a page that is no transcript, a bulleted line is never glued to the next sentence.
  const std::vector<Article> a = split(
      "本报讯 青岭县今年确定十项民生实事。\n◆新建幼儿园三所\n■改造老旧小区十二个\n★新增公交线路四条\n"
      "县长闵若松表示，要按期完成。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].text,
            "青岭县今年确定十项民生实事。\n◆新建幼儿园三所\n■改造老旧小区十二个\n★新增公交线路四条\n"
            "县长闵若松表示，要按期完成。");
}

TEST(Rundowns, ProgrammeGuideIsFurniture) {
  const std::vector<Article> a = split(
      "青岭新闻联播 2025年5月6日\n\n【本期导视】\n◆柯远航到白沙镇督导春耕\n◆县政府召开常务会议\n\n"
      "【柯远航到白沙镇督导春耕】\n5月5日，县委书记柯远航到白沙镇督导春耕。他来到种粮大户的田头。\n\n"
      "【县政府召开常务会议】\n本台消息 5月4日，县长闵若松主持召开常务会议。\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].headline, "柯远航到白沙镇督导春耕");
  EXPECT_TRUE(a[0].text.starts_with("5月5日")) << a[0].text;
  EXPECT_EQ(a[1].headline, "县政府召开常务会议");
  for (const Article& article : a) EXPECT_FALSE(contains(article.text, "◆")) << article.text;
}

TEST(Rundowns, TitledMastheadIsNoHeadline) {
  const std::vector<Article> a = split(
      "《青岭新闻》 20250506\n\n本期节目主要内容：\n1.柯远航到白沙镇督导春耕\n2.县政府召开常务会议\n\n"
      "[视频]柯远航到白沙镇督导春耕\n\n县委书记柯远航5日到白沙镇督导春耕。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].headline, "柯远航到白沙镇督导春耕");
  EXPECT_EQ(a[0].text, "县委书记柯远航5日到白沙镇督导春耕。");
}

// ---- 4. "[视频]" item headings ---------------------------------------------------------

TEST(VideoItems, EachMarkedHeadlineOpensAnItem) {
  const std::vector<Article> a = split(
      "[视频]柯远航主持召开县委常委会会议\n县委书记柯远航6日主持召开县委常委会会议。\n\n"
      "【视频】闵若松调研防汛工作\n县长闵若松6日调研防汛工作。他先后来到两座泵站。\n\n"
      "（视频）青岭县举行消防演练\n本台消息 县消防救援大队6日举行演练。\n");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].headline, "柯远航主持召开县委常委会会议");
  EXPECT_EQ(a[0].text, "县委书记柯远航6日主持召开县委常委会会议。");
  EXPECT_EQ(a[1].headline, "闵若松调研防汛工作");
  // 他 is in the item of its own leader.
  EXPECT_EQ(a[1].text, "县长闵若松6日调研防汛工作。他先后来到两座泵站。");
  EXPECT_EQ(a[2].headline, "青岭县举行消防演练");
  EXPECT_EQ(a[2].lead, "本台消息");
  expect_origin_well_formed(a);
  const std::vector<Article> b = split("视频丨柯远航调研防汛\n柯远航6日调研防汛。\n视频｜闵若松会见客商\n闵若松6日会见客商。\n");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[1].headline, "闵若松会见客商");
  EXPECT_EQ(b[1].text, "闵若松6日会见客商。");
}

// ---- 5. bylines with places, photo credits, TV stand-ups ---------------------------------

TEST(PlaceBylines, ThePlaceIsACreditNotAName) {
  EXPECT_EQ(names(parse_byline("记者温嘉树广州报道")), (V{"记者:温嘉树"}));
  EXPECT_EQ(names(parse_byline("记者岑可北京报道")), (V{"记者:岑可"}));
  EXPECT_EQ(names(parse_byline("记者 温嘉树 北京报道")), (V{"记者:温嘉树"}));
  EXPECT_EQ(names(parse_byline("记者温嘉树/台北报导")), (V{"记者:温嘉树"}));
  EXPECT_EQ(names(parse_byline("记者司马青云东莞报道")), (V{"记者:司马青云"}));
  EXPECT_EQ(names(parse_byline("记者欧阳志远报道")), (V{"记者:欧阳志远"}));
  EXPECT_EQ(names(parse_byline("记者 韦子淇 发自北京")), (V{"记者:韦子淇"}));
  EXPECT_EQ(names(parse_byline("记者尤佳宁发自广州")), (V{"记者:尤佳宁"}));
  EXPECT_EQ(names(parse_byline("记者 尤佳宁 摄影报道")), (V{"记者:尤佳宁"}));
  EXPECT_EQ(names(parse_byline("记者尤佳宁摄影报道")), (V{"记者:尤佳宁"}));

  auto m = match_lead("本报讯 记者温嘉树北京报道 10日，市长闵若松会见了客商代表团。");
  ASSERT_TRUE(m);
  EXPECT_EQ(names(std::optional(m->reporters)), (V{"记者:温嘉树"}));
  EXPECT_EQ(std::string_view("本报讯 记者温嘉树北京报道 10日，市长闵若松会见了客商代表团。").substr(m->body_begin),
            "10日，市长闵若松会见了客商代表团。");
}

TEST(PlaceBylines, HongKongAndTaiwanLeads) {
  const std::vector<Article> a = split(
      "特首率團訪問灣區\n\n【大公報訊】記者溫嘉樹廣州報道：行政長官梁啟華昨日率團抵達廣州。\n\n"
      "圖：梁啟華昨日抵達廣州。 大公報記者龔詩雅攝\n\n"
      "議員訪京\n\n香港文匯報訊（記者 岑可）立法會議員昨日抵達北京。\n\n"
      "院長視察桃園\n\n〔記者韋子淇／台北報導〕行政院長鄧文山昨日前往桃園視察。\n");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].lead, "大公报讯");
  EXPECT_EQ(names(a[0]), (V{"记者:溫嘉樹", "记者:龔詩雅"}));
  EXPECT_TRUE(a[0].text.starts_with("行政长官梁启华昨日率团抵达广州。")) << a[0].text;
  EXPECT_FALSE(contains(a[0].text, "摄")) << a[0].text;
  EXPECT_EQ(a[1].lead, "香港文汇报讯");
  EXPECT_EQ(names(a[1]), (V{"记者:岑可"}));
  EXPECT_EQ(a[1].text, "立法会议员昨日抵达北京。");
  EXPECT_EQ(a[2].lead, "记者韦子淇/台北报导");
  EXPECT_EQ(names(a[2]), (V{"记者:韋子淇"}));
  EXPECT_EQ(a[2].text, "行政院长邓文山昨日前往桃园视察。");
  expect_origin_well_formed(a);
  // Not every 讯 at the start of a line is a paper's news mark.
  EXPECT_FALSE(match_lead("快讯：市政府召开常务会议"));
  EXPECT_FALSE(match_lead("通讯员从县里获悉，工程已经完工。"));
}

TEST(PhotoCredits, GluedCreditsWithThePaper) {
  auto t = trailing_byline("图为会谈现场。 本报记者 韦子淇摄");
  ASSERT_TRUE(t);
  EXPECT_EQ(names(std::optional(t->reporters)), (V{"记者:韦子淇"}));
  t = trailing_byline("图：两人在广州会面。大公报记者龚诗雅摄");
  ASSERT_TRUE(t);
  EXPECT_EQ(names(std::optional(t->reporters)), (V{"记者:龚诗雅"}));
  EXPECT_EQ(t->reporters[0].affiliation, "大公报");
  EXPECT_TRUE(trailing_byline("两人在会场握手。新华社记者欧阳志远摄"));
  EXPECT_FALSE(trailing_byline("这是当天的情景。记者在现场拍摄"));
  EXPECT_FALSE(trailing_byline("这是当天的情景。记者在码头摄"));
  EXPECT_TRUE(trailing_byline("行政院长昨日视察。〔记者韦子淇/台北报导〕"));
}

TEST(StandUps, TheStationsReporterIsTheItems) {
  const std::vector<Article> a = split(
      "【临川新闻】\n\n【闵若松调研防汛工作】\n县长闵若松6日调研防汛工作。\n"
      "总台记者 岑可：我现在是在城南泵站，这里的水位已经回落。\n本台记者韦子淇：泵站已经全部开机。\n"
      "记者：请问今年的汛情如何？\n闵若松强调，要守住底线。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(names(a[0]), (V{"记者:岑可", "记者:韦子淇"}));
  EXPECT_EQ(a[0].reporters[0].affiliation, "总台");
  EXPECT_TRUE(contains(a[0].text, "\n总台记者 岑可：我现在是在城南泵站")) << "the stand-up stays text";
  // An interview's question names no one; a sentence about a reporter is no stand-up.
  EXPECT_EQ(split("本报讯 5月6日，青岭县召开座谈会。\n记者从会上获悉：全县粮食增产。\n")[0].reporters.size(), 0u);
  EXPECT_EQ(split("本报讯 5月6日，青岭县召开座谈会。\n记者获悉：全县粮食增产。\n记者看到：田里一片繁忙。\n")[0]
                .reporters.size(),
            0u);
}

// A row of ornaments between two items is a separator, not the next item's headline.
TEST(PageFurniture, RowsOfOrnamentsSeparateItems) {
  EXPECT_TRUE(is_page_furniture("◆"));
  EXPECT_TRUE(is_page_furniture("◇◇◇"));
  EXPECT_TRUE(is_page_furniture(" ★ ★ ★ "));
  EXPECT_FALSE(is_page_furniture("◆市委常委会召开会议"));
  EXPECT_FALSE(is_page_furniture("★"
                                 "全市经济工作会议召开"));
}

// So is a rule drawn with dashes or lines; a dash inside a headline is no rule.
TEST(PageFurniture, RulesOfDashesSeparateItems) {
  EXPECT_TRUE(is_page_furniture("——————————"));
  EXPECT_TRUE(is_page_furniture("- - - - - -"));
  EXPECT_TRUE(is_page_furniture("━━━━"));
  EXPECT_TRUE(is_page_furniture("＝＝＝＝＝"));
  EXPECT_FALSE(is_page_furniture("——"));  // too short to be a rule
  EXPECT_FALSE(is_page_furniture("——记北屿县驻村第一书记"));
  EXPECT_FALSE(is_page_furniture("2026—2030年规划发布"));
}

}  // namespace
}  // namespace guanxi
