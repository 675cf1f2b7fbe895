// Real layouts the segmenter must read: bylines with colons and photo credits, TV news
// transcripts, Hong Kong / Macau / Taiwan papers in traditional characters, commentaries
// without a lead, and wire-copy datelines. Fixtures in tests/fixtures/reader (invented
// people and places).
#include <gtest/gtest.h>

#include "extract/layout.h"
#include "extract/normalize.h"
#include "extract/segmenter.h"
#include "reader_fixture.h"

namespace guanxi {
namespace {

using testing::names;

std::vector<std::string> names(const std::optional<std::vector<Reporter>>& reporters) {
  std::vector<std::string> out;
  if (!reporters) return {"<none>"};
  for (const Reporter& r : *reporters) out.push_back(r.role + ":" + r.name);
  return out;
}

bool contains(const std::string& s, std::string_view piece) { return s.find(piece) != std::string::npos; }

// Every article's origin map stays complete and monotonic whatever the layout.
void expect_origin_well_formed(const Document& doc, const std::vector<Article>& articles) {
  for (const Article& a : articles) {
    ASSERT_EQ(a.origin.size(), a.text.size() + 1) << a.id;
    for (size_t i = 1; i < a.origin.size(); ++i) ASSERT_LE(a.origin[i - 1], a.origin[i]) << a.id;
    ASSERT_LE(a.origin.back(), doc.text.size()) << a.id;
  }
}

// ---- 1. bylines with colons, in brackets, photo credits, desk credits ------------------

TEST(Bylines, ColonsAfterTheRole) {
  using V = std::vector<std::string>;
  EXPECT_EQ(names(parse_byline("记者：钱晓东 孙雨桐")), (V{"记者:钱晓东", "记者:孙雨桐"}));
  EXPECT_EQ(names(parse_byline("记者:何志强")), (V{"记者:何志强"}));
  EXPECT_EQ(names(parse_byline("记者：周明远 通讯员：吴佳怡")), (V{"记者:周明远", "通讯员:吴佳怡"}));
  EXPECT_EQ(names(match_byline_line("（记者：钱晓东 孙雨桐）")), (V{"记者:钱晓东", "记者:孙雨桐"}));
  EXPECT_EQ(names(match_byline_line("记者：周明远 通讯员：吴佳怡")), (V{"记者:周明远", "通讯员:吴佳怡"}));
  EXPECT_EQ(names(match_byline_line("（通讯员 邵文杰 记者 韩冬梅）")), (V{"通讯员:邵文杰", "记者:韩冬梅"}));
  EXPECT_EQ(names(match_byline_line("（记者 曹一帆 摄）")), (V{"记者:曹一帆"}));
  EXPECT_EQ(names(match_byline_line("记者冯立新 摄")), (V{"记者:冯立新"}));
  // A colon in a sentence is no byline.
  EXPECT_FALSE(match_byline_line("记者：今年以来全市新增就业岗位三万个。"));
}

TEST(Bylines, TrailingBylinesAndPhotoCredits) {
  auto t = trailing_byline("演练持续两个小时。（记者：钱晓东 孙雨桐）");
  ASSERT_TRUE(t);
  EXPECT_EQ(names(t->reporters), (std::vector<std::string>{"记者:钱晓东", "记者:孙雨桐"}));
  t = trailing_byline("图为市民在口袋公园散步。记者冯立新 摄");
  ASSERT_TRUE(t);
  EXPECT_EQ(std::string_view("图为市民在口袋公园散步。记者冯立新 摄").substr(t->begin), "记者冯立新 摄");
  EXPECT_FALSE(trailing_byline("他说，这是一次成功的拍摄"));
  EXPECT_FALSE(trailing_byline("图为会场。记者在现场拍摄")) << "a sentence cut by the layout";
  EXPECT_TRUE(trailing_byline("图为会场。记者马骏摄"));
  EXPECT_FALSE(trailing_byline("会议由副市长主持（记者从会上获悉）"));
  EXPECT_TRUE(ends_paragraph("活动吸引了上千名居民参加。（通讯员 邵文杰 记者 韩冬梅）"));
  EXPECT_TRUE(ends_paragraph("图为市民在口袋公园散步。记者冯立新 摄"));
}

TEST(Bylines, EditorsArePageFurnitureNotReporters) {
  EXPECT_TRUE(is_page_furniture("编辑：唐某某"));
  EXPECT_TRUE(is_page_furniture("编辑 唐某某"));
  EXPECT_TRUE(is_page_furniture("责任编辑 陆某某"));
  EXPECT_TRUE(is_page_furniture("本版编辑：陆某某"));
  EXPECT_FALSE(match_byline_line("编辑：唐某某"));
  EXPECT_FALSE(is_page_furniture("编辑部全体人员参加了培训。"));
}

TEST(Bylines, PageWithColonBylinesAndPhotoCredits) {
  const Document doc = testing::page_document("bylines_colon.txt", "2024-05-10");
  const std::vector<Article> a = segment(doc);
  ASSERT_EQ(a.size(), 5u);
  EXPECT_EQ(a[0].headline, "南湖县开展防汛应急演练");
  EXPECT_EQ(names(a[0]), (std::vector<std::string>{"记者:钱晓东", "记者:孙雨桐"}));
  EXPECT_FALSE(contains(a[0].text, "记者")) << a[0].text;

  EXPECT_EQ(names(a[1]), (std::vector<std::string>{"记者:周明远", "通讯员:吴佳怡"}));
  EXPECT_TRUE(contains(a[1].text, "培训班为期三天")) << "the byline line does not cut the article";
  EXPECT_FALSE(contains(a[1].text, "记者"));

  EXPECT_EQ(a[2].lead, "本报讯");
  EXPECT_EQ(names(a[2]), (std::vector<std::string>{"记者:何志强", "记者:冯立新"}));
  EXPECT_TRUE(a[2].text.starts_with("今年以来")) << a[2].text;
  EXPECT_TRUE(a[2].text.ends_with("图为市民在口袋公园散步。")) << a[2].text;

  EXPECT_EQ(names(a[3]), (std::vector<std::string>{"通讯员:邵文杰", "记者:韩冬梅"}));
  EXPECT_EQ(a[4].headline, "北岭镇茶叶喜获丰收");
  EXPECT_EQ(names(a[4]), (std::vector<std::string>{"记者:曹一帆"}));
  // Desk credits at the page's foot belong to no article.
  for (const Article& article : a) {
    EXPECT_FALSE(contains(article.text, "编辑")) << article.id;
    for (const Reporter& r : article.reporters) EXPECT_EQ(r.name.find("某"), std::string::npos);
  }
  expect_origin_well_formed(doc, a);
}

// ---- 2. TV news transcripts -------------------------------------------------------------

TEST(Transcripts, MastheadAndRundownAreNoArticleAndNoHeadline) {
  const Document doc = testing::page_document("tv_transcript.txt", "2024-04-08");
  const std::vector<Article> a = segment(doc);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].headline, "市委常委会召开会议");
  EXPECT_EQ(a[0].lead, "本台消息");
  EXPECT_TRUE(a[0].text.starts_with("4月8日，市委常委会召开会议")) << a[0].text;
  // A caption marker stays in the item's text, on a line of its own.
  EXPECT_TRUE(contains(a[0].text, "\n【同期声】\n市委书记 欧阳明远：")) << a[0].text;
  EXPECT_TRUE(contains(a[0].text, "会议还研究了其他事项。"));

  EXPECT_EQ(a[1].headline, "青石县推进高标准农田建设");
  EXPECT_EQ(a[1].lead, "");
  EXPECT_TRUE(a[1].text.starts_with("今年以来，青石县")) << a[1].text;
  EXPECT_TRUE(contains(a[1].text, "【现场声】"));
  EXPECT_FALSE(contains(a[1].text, "本台记者报道")) << "a closing credit is not text";

  EXPECT_EQ(a[2].headline, "临川港一季度吞吐量创新高");
  EXPECT_TRUE(a[2].text.starts_with("记者从临川港务集团获悉")) << a[2].text;
  for (const Article& article : a) {
    EXPECT_FALSE(contains(article.headline, "新闻联播")) << article.id;
    EXPECT_FALSE(contains(article.headline, "●")) << article.id;
    EXPECT_FALSE(contains(article.text, "主要内容")) << article.id;
  }
  expect_origin_well_formed(doc, a);
}

TEST(Transcripts, NumberedRundownAndPlainHeadlines) {
  const Document doc = testing::page_document("tv_transcript2.txt", "2024-03-02");
  const std::vector<Article> a = segment(doc);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].headline, "青州市召开经济运行分析会");
  EXPECT_EQ(a[0].lead, "本台消息");
  EXPECT_EQ(a[1].headline, "青州新区一批重点项目集中开工");
  EXPECT_EQ(a[1].lead, "本台记者报道");
  EXPECT_TRUE(a[1].text.starts_with("3月1日，青州新区")) << a[1].text;
  expect_origin_well_formed(doc, a);
}

TEST(Transcripts, FirstItemWithoutLeadTakesItsOwnHeadlineNotTheMasthead) {
  Document doc;
  doc.text =
      "【临川新闻联播】\n\n欧阳明远带队检查防汛工作\n\n7月2日，市委书记欧阳明远带队检查防汛工作。\n\n"
      "（记者 包志刚）\n\n市政府召开常务会议\n\n本台消息 7月1日，市长梁振宇主持召开市政府常务会议。\n";
  doc.id = "tv";
  const std::vector<Article> a = segment(doc);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].headline, "欧阳明远带队检查防汛工作");
  EXPECT_TRUE(a[0].text.starts_with("7月2日")) << a[0].text;
  EXPECT_EQ(names(a[0]), (std::vector<std::string>{"记者:包志刚"}));
  EXPECT_EQ(a[1].headline, "市政府召开常务会议");
}

TEST(Transcripts, UnbracketedMastheadWithDateAndARundown) {
  Document doc;
  doc.text =
      "临川新闻联播 2024年4月8日\n今天节目主要内容：\n1.市委常委会召开会议\n2.青石县推进高标准农田建设\n\n"
      "市委常委会召开会议\n本台消息 4月8日，市委常委会召开会议。\n会议还研究了其他事项。\n";
  doc.id = "tv";
  const std::vector<Article> a = segment(doc);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].headline, "市委常委会召开会议");
  EXPECT_EQ(a[0].lead, "本台消息");
  // A headline that mentions the programme is no masthead.
  EXPECT_EQ(segment(Document{.id = "h", .text = "新闻联播走进南湖县\n本台消息 南湖县今天迎来摄制组。\n"})[0].headline,
            "新闻联播走进南湖县");
}

// A national rundown without headlines: the greeting (which names the day) and the list of
// items are furniture, and each paragraph the anchor reads is an item of its own, so the
// people of one item are not present at another's meeting.
TEST(Transcripts, AnchorParagraphsOfARundownAreItemsOfTheirOwn) {
  Document doc;
  doc.text =
      "【口播】各位观众，晚上好。今天是5月6日，星期二。欢迎收看《晚间新闻》。今天节目的主要内容有：\n\n"
      "——国家主席韦长风同东湾国总统通电话\n——甘澍林会见北屿商会代表团\n\n"
      "【口播】国家主席韦长风6日晚应约同东湾国总统马克·施耐德通电话。韦长风指出，双方要加强合作。\n\n"
      "【口播】全国人大常委会委员长甘澍林6日在北京会见北屿商会代表团。副委员长扈明璋参加会见。\n\n"
      "（本台记者 岑一帆）\n";
  doc.id = "rundown";
  const std::vector<Article> a = segment(doc);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_TRUE(a[0].text.starts_with("【口播】国家主席韦长风6日晚")) << a[0].text;
  EXPECT_FALSE(contains(a[0].text, "扈明璋"));
  EXPECT_TRUE(a[1].text.starts_with("【口播】全国人大常委会委员长甘澍林")) << a[1].text;
  for (const Article& x : a) {
    EXPECT_EQ(x.headline, "") << x.text;
    EXPECT_FALSE(contains(x.text, "——")) << "the rundown is furniture: " << x.text;
    EXPECT_EQ(names(x), (std::vector<std::string>{"记者:岑一帆"}));
  }
  expect_origin_well_formed(doc, a);
  // A bracketed rundown heading with numbered items is furniture too.
  Document numbered;
  numbered.text =
      "【本期节目主要内容】\n1.韦长风同东湾国总统通电话\n2.甘澍林会见北屿商会代表团\n\n"
      "【口播】国家主席韦长风6日晚应约同东湾国总统马克·施耐德通电话。\n\n"
      "【口播】全国人大常委会委员长甘澍林6日在北京会见北屿商会代表团。\n";
  numbered.id = "numbered";
  const std::vector<Article> b = segment(numbered);
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].headline, "");
  EXPECT_FALSE(contains(b[0].text, "本期节目")) << b[0].text;
  // One anchor paragraph before the reports of a single story: one article.
  Document single;
  single.text =
      "【县政府召开常务会议】\n【口播】今天上午，县长柴景明主持召开县政府常务会议。\n"
      "【同期声】县长 柴景明：要抓好春耕。\n";
  single.id = "single";
  EXPECT_EQ(segment(single).size(), 1u);
}

// A press conference's roster: a label, then one title and name a line. Each line is a
// paragraph of its own (joined, the names ran into the next title), and the roster ends
// where the story goes on.
TEST(Rosters, OneTitleAndNameALineStayApart) {
  Document doc;
  doc.text =
      "省政府新闻办举行新闻发布会\n本报讯 7月8日，省政府新闻办举行新闻发布会。\n发布人：\n"
      "省文化和旅游厅党组书记、厅长 晏秋华\n省交通运输厅总工程师 尉迟俊\n主持人：\n"
      "省政府新闻办副主任 闵家琪\n发布会上，晏秋华介绍了有关情况。\n";
  doc.id = "roster";
  const std::vector<Article> a = segment(doc);
  ASSERT_EQ(a.size(), 1u);
  for (std::string_view para : {"\n发布人：\n", "\n省文化和旅游厅党组书记、厅长 晏秋华\n", "\n省交通运输厅总工程师 尉迟俊\n",
                                "\n主持人：\n", "\n省政府新闻办副主任 闵家琪\n发布会上"}) {
    EXPECT_TRUE(contains(a[0].text, para)) << para << " in " << a[0].text;
  }
  expect_origin_well_formed(doc, a);
  // Without a roster's label, short lines cut by the layout are still joined.
  Document cut;
  cut.text = "南湖县召开春季植树动员会\n本报讯 会议决定于3月26\n日至28日举行植树活动。\n";
  cut.id = "cut";
  EXPECT_TRUE(contains(segment(cut)[0].text, "3月26日至28日"));
}

TEST(Transcripts, BracketedLinesOnOrdinaryPagesAreNoItems) {
  // Without a masthead or 本台, "【链接】" is a sub-heading inside the article.
  Document doc;
  doc.text =
      "南湖县召开春季植树动员会\n本报讯 3月12日，南湖县召开春季植树动员会。\n【链接】\n"
      "南湖县森林覆盖率达百分之六十。\n";
  doc.id = "x";
  const std::vector<Article> a = segment(doc);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_TRUE(contains(a[0].text, "【链接】"));
}

// ---- 3. Hong Kong, Macau, Taiwan -------------------------------------------------------

TEST(TraditionalPapers, LeadsBylinesWithPlacesAndPrintedNames) {
  const Document doc = testing::page_document("hk_traditional.txt", "2024-05-23");
  const std::vector<Article> a = segment(doc);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].lead, "本报讯");
  EXPECT_EQ(a[0].headline, "海滨新区推动智慧交通");
  // "（記者 麥嘉欣 灣仔報道）": 灣仔 is where she filed from, not a second reporter; the
  // name is kept as printed.
  EXPECT_EQ(names(a[0]), (std::vector<std::string>{"记者:麥嘉欣"}));
  EXPECT_FALSE(contains(a[0].text, "记者"));

  EXPECT_EQ(a[1].headline, "南湾大桥昨日通车");
  EXPECT_EQ(names(a[1]), (std::vector<std::string>{"记者:歐陽志遠", "记者:岑曉彤"}));
  EXPECT_EQ(a[1].reporters[0].affiliation, "本报");
  EXPECT_TRUE(a[1].text.starts_with("南湾大桥昨日（21日）正式通车")) << a[1].text;

  EXPECT_EQ(a[2].lead, "中央社记者钟振邦岭东22日电");
  EXPECT_EQ(names(a[2]), (std::vector<std::string>{"记者:鍾振邦"}));
  EXPECT_EQ(a[2].reporters[0].affiliation, "中央社");
  EXPECT_TRUE(a[2].text.starts_with("岭东县上周五举办")) << a[2].text;
  // The rules see simplified text; the names match it once normalized.
  for (const Article& article : a) {
    for (const Reporter& r : article.reporters) EXPECT_NE(normalize_text(r.name), r.name);
  }
  expect_origin_well_formed(doc, a);
}

TEST(TraditionalPapers, BracketedNewsMarksAndBylinesAsLeads) {
  const Document doc = testing::page_document("hk_leads.txt", "2024-05-23");
  const std::vector<Article> a = segment(doc);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].lead, "本报讯");
  EXPECT_EQ(names(a[0]), (std::vector<std::string>{"记者:麥嘉欣"}));
  EXPECT_TRUE(a[0].text.starts_with("海滨新区前日举行发布会。")) << a[0].text;
  EXPECT_EQ(a[1].lead, "大公报讯");
  EXPECT_EQ(names(a[1]), (std::vector<std::string>{"记者:歐陽志遠"}));
  EXPECT_TRUE(a[1].text.starts_with("南湾大桥昨日正式通车。")) << a[1].text;
  EXPECT_EQ(a[2].lead, "明报专讯");
  EXPECT_EQ(a[2].headline, "岭东县举办文化节");
  EXPECT_EQ(a[3].lead, "本报记者甘伟业报道");
  EXPECT_EQ(a[3].headline, "东湾举行论坛");
  EXPECT_EQ(names(a[3]), (std::vector<std::string>{"记者:甘偉業"}));
  EXPECT_TRUE(a[3].text.starts_with("东湾昨日举行论坛")) << a[3].text;
  expect_origin_well_formed(doc, a);
  // Not every bracketed 讯 is a lead, nor every 本报记者 sentence.
  EXPECT_FALSE(match_lead("【快讯】市政府召开常务会议"));
  EXPECT_FALSE(match_lead("本报记者从市政府获悉，会议将于下周召开。"));
}

TEST(TraditionalPapers, PlaceCreditsOnlyWhereAPlaceIsMeant) {
  using V = std::vector<std::string>;
  EXPECT_EQ(names(parse_byline("记者 麦嘉欣 南湖县报道")), (V{"记者:麦嘉欣"}));
  // Simplified print without a place-like ending: "李四报道" is a name with its credit.
  EXPECT_EQ(names(parse_byline("记者 张晓 李梦报道")), (V{"记者:张晓", "记者:李梦"}));
  EXPECT_EQ(names(match_byline_line("本报记者欧阳志远报道")), (V{"记者:欧阳志远"}));
}

TEST(TraditionalPapers, AgencyReporterDatelines) {
  auto m = match_lead("中央社记者钟振邦岭东22日电 岭东县举办文化节。");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->lead, "中央社记者钟振邦岭东22日电");
  EXPECT_EQ(names(std::optional(m->reporters)), (std::vector<std::string>{"记者:钟振邦"}));
  m = match_lead("新华社记者柯文静、杜海峰临海5日电 临海港今年前两个月完成吞吐量一千二百万吨。");
  ASSERT_TRUE(m);
  EXPECT_EQ(names(std::optional(m->reporters)), (std::vector<std::string>{"记者:柯文静", "记者:杜海峰"}));
  m = match_lead("中央社记者麦明台北3月22日电（综合报道）");
  ASSERT_TRUE(m);
  EXPECT_EQ(names(std::optional(m->reporters)), (std::vector<std::string>{"记者:麦明"}));
  EXPECT_FALSE(match_lead("记者从市政府获悉，22日电力供应正常。"));
  EXPECT_FALSE(match_lead("新华社记者在现场看到，22日电站已经恢复运行。"));
}

// ---- 4. commentaries without a lead ----------------------------------------------------

TEST(Commentaries, ColumnLineStartsANewArticle) {
  const Document doc = testing::page_document("commentary.txt", "2024-06-03");
  const std::vector<Article> a = segment(doc);
  ASSERT_EQ(a.size(), 5u);
  EXPECT_EQ(a[0].headline, "南湖县召开夏粮收购工作会议");
  EXPECT_TRUE(a[0].text.ends_with("要切实维护种粮农民利益。")) << a[0].text;
  EXPECT_EQ(a[1].headline, "让实干成为最鲜明的底色");
  EXPECT_TRUE(a[1].text.starts_with("干事创业，贵在实干。")) << a[1].text;
  EXPECT_TRUE(a[1].reporters.empty());
  EXPECT_EQ(a[2].headline, "把惠民实事办到群众心坎上");
  EXPECT_TRUE(a[2].text.starts_with("民生无小事")) << a[2].text;
  EXPECT_EQ(a[3].headline, "以新发展理念引领高质量发展");
  EXPECT_EQ(names(a[3]), (std::vector<std::string>{"评论员:程思远"}));
  EXPECT_EQ(a[4].headline, "坚定不移推进全面从严治党");
  EXPECT_TRUE(a[4].text.starts_with("今天，全市")) << a[4].text;
  for (const Article& article : a) {
    for (std::string_view label : {"本报评论员", "短评", "社论"}) {
      EXPECT_FALSE(contains(article.text, label)) << article.id;
      EXPECT_FALSE(contains(article.headline, label)) << article.id;
    }
  }
  expect_origin_well_formed(doc, a);
}

TEST(Commentaries, ColumnLines) {
  EXPECT_TRUE(match_byline_line("本报评论员"));
  EXPECT_TRUE(match_byline_line("清河日报评论员"));
  EXPECT_TRUE(match_byline_line("短评"));
  EXPECT_TRUE(match_byline_line("社论"));
  EXPECT_EQ(names(match_byline_line("评论员 程思远")), (std::vector<std::string>{"评论员:程思远"}));
  EXPECT_FALSE(match_byline_line("评论员认为，这一做法值得推广。"));
  EXPECT_FALSE(match_byline_line("社论指出"));
}

// ---- 5. wire copy ----------------------------------------------------------------------

TEST(Wire, DatelinesOfEveryAgencyAndSeveralPerPage) {
  const Document doc = testing::page_document("wire_variants.txt", "2024-03-08");
  const std::vector<Article> a = segment(doc);
  ASSERT_EQ(a.size(), 6u);
  EXPECT_EQ(a[0].lead, "新华社临海3月5日电");
  EXPECT_EQ(names(a[0]), (std::vector<std::string>{"记者:柯文静", "记者:杜海峰"}));
  EXPECT_TRUE(a[0].text.ends_with("港口将继续扩大航线网络。")) << "（完） is taken out: " << a[0].text;
  EXPECT_EQ(a[1].lead, "中新社西原3月4日电");
  EXPECT_EQ(a[1].headline, "西原省启动春季植树行动");
  EXPECT_FALSE(contains(a[1].text, "完"));
  EXPECT_EQ(a[2].lead, "据新华社东川3月4日电");
  EXPECT_EQ(a[3].lead, "人民网北山3月6日电");
  EXPECT_EQ(a[3].headline, "北山区加快建设物流园区");
  EXPECT_EQ(a[4].lead, "本报南岭3月7日电");
  EXPECT_EQ(a[4].headline, "南岭水库除险加固");
  EXPECT_EQ(names(a[4]), (std::vector<std::string>{"记者:鲍志勇", "记者:邝丽华"}));
  EXPECT_EQ(a[5].lead, "本报西江3月7日电");
  EXPECT_EQ(a[5].headline, "西江航道整治");
  EXPECT_EQ(names(a[5]), (std::vector<std::string>{"记者:庞海燕"}));
  expect_origin_well_formed(doc, a);
}

TEST(Wire, DatelineWithoutPlace) {
  auto m = match_lead("中新社3月4日电 西原省启动春季植树行动。");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->lead, "中新社3月4日电");
  m = match_lead("中央社台北22日电（记者麦明）岭东县举办文化节。");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->lead, "中央社台北22日电");
  EXPECT_EQ(names(std::optional(m->reporters)), (std::vector<std::string>{"记者:麦明"}));
}

}  // namespace
}  // namespace guanxi
