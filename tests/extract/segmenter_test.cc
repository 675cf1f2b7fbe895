#include "extract/segmenter.h"

#include <gtest/gtest.h>

#include "core/hash.h"
#include "extract/normalize.h"
#include "reader_fixture.h"

namespace guanxi {
namespace {

using testing::names;
using testing::page_document;
using testing::text_document;

// Every character of the normalized text comes from a character of the document whose
// normalized form it is (or a paragraph break).
void expect_origin_maps_back(const Document& doc, const Article& a) {
  ASSERT_EQ(a.origin.size(), a.text.size() + 1) << a.id;
  for (size_t i = 1; i < a.origin.size(); ++i) ASSERT_LE(a.origin[i - 1], a.origin[i]) << a.id << " at " << i;
  ASSERT_LE(a.origin.back(), doc.text.size());
  size_t i = 0;
  while (i < a.text.size()) {
    const size_t start = i;
    next_code_point(a.text, i);
    const std::string_view normalized(a.text.data() + start, i - start);
    if (normalized == "\n") continue;
    size_t j = a.origin[start];
    next_code_point(doc.text, j);
    const std::string original = doc.text.substr(a.origin[start], j - a.origin[start]);
    // Half-width , ; : ( ) ? ! become full-width next to CJK text: the context decides.
    const std::string expected = normalize_text(original);
    if (original.size() == 1 && std::string_view(",;:()?!").find(original[0]) != std::string_view::npos) {
      EXPECT_TRUE(normalized == original || normalized == normalize_text("中" + original).substr(3))
          << a.id << " at byte " << start;
    } else {
      EXPECT_EQ(expected, normalized) << a.id << " at byte " << start;
    }
  }
}

TEST(Segmenter, SplitsAPageIntoArticlesAtLeads) {
  const Document doc = page_document("page.txt");
  const std::vector<Article> articles = segment(doc);
  ASSERT_EQ(articles.size(), 4u);
  EXPECT_EQ(articles[0].id, doc.id + "#1");
  EXPECT_EQ(articles[3].id, doc.id + "#4");
  EXPECT_EQ(articles[0].doc, doc.id);
  EXPECT_EQ(articles[0].date, "2023-03-16");

  EXPECT_EQ(articles[0].headline, "林振华在临江区产业协作推进会上强调 协同发力共谋发展 以产业协作带动全市高质量发展");
  EXPECT_EQ(articles[0].lead, "本报讯");
  EXPECT_EQ(names(articles[0]), (std::vector<std::string>{"记者:李晓燕", "记者:王子涵", "通讯员:刘思远"}));
  EXPECT_EQ(articles[0].reporters[0].affiliation, "清河日报全媒体");

  // Multi-line headline; a byline line in the middle of the paragraphs does not cut.
  EXPECT_EQ(articles[1].headline, "南湖县召开春季植树动员会\n绿化家园 共建美丽南湖");
  EXPECT_EQ(names(articles[1]), (std::vector<std::string>{"记者:赵一鸣", "通讯员:刘思远"}));
  EXPECT_NE(articles[1].text.find("会议还对森林防火工作进行了部署。"), std::string::npos);

  EXPECT_EQ(articles[2].headline, "市领导调研城市更新工作");
  EXPECT_EQ(names(articles[2]), (std::vector<std::string>{"记者:王子涵", "见习记者:陈小雨"}));

  EXPECT_EQ(articles[3].lead, "又讯");
  EXPECT_EQ(articles[3].headline, "");
  EXPECT_EQ(names(articles[3]), (std::vector<std::string>{"记者:王子涵"}));
  for (const Article& a : articles) expect_origin_maps_back(doc, a);
}

TEST(Segmenter, BodyIsNormalizedAndLayoutCutsAreJoined) {
  const std::vector<Article> articles = segment(page_document("page.txt"));
  ASSERT_EQ(articles.size(), 4u);
  EXPECT_EQ(articles[0].text,
            "3月15日上午，临江区产业协作推进会召开。市委书记林振华出席会议并讲话。\n"
            "市长周明远主持会议。市领导韩冰、郭晓峰出席会议。\n"
            "林振华指出，产业协作是推动区域协调发展的重要举措，各有关县（区）要统一思想、提高站位，"
            "积极主动推动各项工作落地实施，努力实现互利共赢、共同发展。");
  EXPECT_EQ(articles[1].text,
            "3月14日下午，南湖县召开春季植树动员会。县委书记苏雅琴出席会议。\n"
            "苏雅琴要求，要抓住有利时机，扎实推进国土绿化行动，确保完成全年植树任务。\n"
            "会议还对森林防火工作进行了部署。");
}

TEST(Segmenter, WireDatelineWithBylineInParentheses) {
  const Document doc = page_document("wire.txt", "2024-01-10");
  const std::vector<Article> articles = segment(doc);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].lead, "新华社北京1月9日电");
  EXPECT_EQ(names(articles[0]), (std::vector<std::string>{"记者:郑明远"}));
  EXPECT_EQ(articles[0].headline, "");
  EXPECT_TRUE(articles[0].text.starts_with("国家主席方国栋9日在人民大会堂会见"));
  expect_origin_maps_back(doc, articles[0]);
}

TEST(Segmenter, NewsProgrammeLead) {
  const Document doc = page_document("cctv.txt");
  const std::vector<Article> articles = segment(doc);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].lead, "央视网消息（新闻联播）");
  EXPECT_EQ(articles[0].headline, "北方五省联合开展春季防火检查");
  EXPECT_TRUE(articles[0].text.starts_with("记者从应急管理部获悉"));
  expect_origin_maps_back(doc, articles[0]);
}

// A TV rundown: each time-stamped line is an item of its own, with the byline under it.
TEST(Segmenter, RundownItemsAreArticles) {
  const Document doc = text_document(
      "青江台《早安青江》节目串联单\n\n07:00 【片头】\n\n"
      "07:02 【要闻】昨天下午，市长韩一鸣来到港区调研。副市长苏景陪同。\n（记者 林青 报道）\n\n"
      "07:04 【要闻】昨天上午，市政协主席周望主持召开党组会议。\n（记者 沈澜 报道）\n\n"
      "07:12 【结束语】感谢收看，明天见。\n");
  const std::vector<Article> articles = segment(doc);
  ASSERT_EQ(articles.size(), 3u);
  EXPECT_EQ(articles[0].lead, "07:02 【要闻】");
  EXPECT_EQ(articles[0].text, "昨天下午，市长韩一鸣来到港区调研。副市长苏景陪同。");
  EXPECT_EQ(names(articles[0]), (std::vector<std::string>{"记者:林青"}));
  EXPECT_EQ(articles[1].text, "昨天上午，市政协主席周望主持召开党组会议。");
  EXPECT_EQ(names(articles[1]), (std::vector<std::string>{"记者:沈澜"}));
  EXPECT_EQ(articles[2].text, "感谢收看，明天见。");
  for (const Article& a : articles) expect_origin_maps_back(doc, a);
}

TEST(Segmenter, DocumentWithoutLeadIsOneArticle) {
  const Document doc = text_document("清河市召开防汛工作会议\n会议要求，各地要做好防汛准备。\n");
  const std::vector<Article> articles = segment(doc);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].headline, "清河市召开防汛工作会议");
  EXPECT_EQ(articles[0].text, "会议要求，各地要做好防汛准备。");
  expect_origin_maps_back(doc, articles[0]);
}

TEST(Segmenter, EmptyDocumentGivesOneEmptyArticle) {
  Document doc;
  doc.id = content_hash("");
  const std::vector<Article> articles = segment(doc);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].text, "");
  EXPECT_EQ(articles[0].origin.size(), 1u);
}

}  // namespace
}  // namespace guanxi

namespace guanxi {
namespace {

TEST(Segmenter, LayoutOfALessTidyPage) {
  const Document doc = text_document(testing::read_fixture("page_layout.txt"));
  const std::vector<Article> articles = segment(doc);
  ASSERT_EQ(articles.size(), 2u);
  // The page header is not an article; the dateline lead has no headline above it.
  const Article& a = articles[0];
  EXPECT_EQ(a.lead, "本报北京3月15日电");
  EXPECT_EQ(a.headline, "");
  ASSERT_EQ(a.reporters.size(), 5u);
  EXPECT_EQ(a.reporters[1].name, "陈小雨");
  EXPECT_EQ(a.reporters[1].role, "见习记者");
  EXPECT_EQ(a.reporters[1].affiliation, "清河日报全媒体");  // same paper as the reporter before
  EXPECT_EQ(a.reporters[2].role, "通讯员");
  EXPECT_EQ(a.reporters[2].affiliation, "");
  EXPECT_EQ(a.reporters[3].name, "王子涵");  // "(记者 王子涵)" closing the last paragraph
  EXPECT_EQ(a.reporters[4].name, "马骏");    // "文/图 记者 马骏"
  // Sub-headings stay paragraphs of their own; the trailing byline leaves the text.
  EXPECT_EQ(a.text,
            "清河市在京举行产业合作推介会，市长周明远出席并致辞。\n"
            "一、坚持项目为王\n"
            "推介会上，12个重点项目集中签约，总投资86亿元。\n"
            "二、优化营商环境\n"
            "周明远表示，清河将持续优化营商环境，为企业发展提供全方位服务。");
  // After a byline, a headline and body text without a lead open a new article.
  const Article& b = articles[1];
  EXPECT_EQ(b.lead, "");
  EXPECT_EQ(b.headline, "春风送暖，南湖县举办人才招聘会");
  EXPECT_TRUE(b.reporters.empty());
  EXPECT_EQ(b.text, "近日，南湖县在县城体育馆举办春季人才招聘会，120家企业提供就业岗位3000余个。\n招聘会现场，求职者络绎不绝。");
  for (const Article& x : articles) expect_origin_maps_back(doc, x);
}

TEST(Segmenter, TitleOfAJsonRecordIsTheHeadline) {
  Document doc = text_document("近日，南湖县举办招聘会。\n");
  doc.title = "南湖县举办招聘会";
  const std::vector<Article> articles = segment(doc);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].headline, "南湖县举办招聘会");
  EXPECT_EQ(articles[0].text, "近日，南湖县举办招聘会。");
}

}  // namespace
}  // namespace guanxi

namespace guanxi {
namespace {

// National papers print headline, then the byline on its own line, then the body, with no
// lead.
TEST(Segmenter, HeadlineBylineBodyWithoutLead) {
  const Document doc = text_document(testing::read_fixture("national.txt"));
  const std::vector<Article> articles = segment(doc);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].headline, "清河推进城乡融合发展");
  EXPECT_EQ(names(articles[0]), (std::vector<std::string>{"记者:程一凡", "记者:叶知秋"}));
  EXPECT_EQ(articles[0].reporters[0].affiliation, "本报");
  EXPECT_EQ(articles[0].text,
            "近日，清河市出台城乡融合发展实施方案，提出到2025年基本建立城乡融合发展体制机制。\n"
            "方案明确，要推动城乡要素双向流动。");
  EXPECT_EQ(articles[1].headline, "南湖县建成全省首个数字乡村服务平台");
  EXPECT_EQ(names(articles[1]), (std::vector<std::string>{"记者:范思齐"}));
  EXPECT_EQ(articles[1].text, "记者从南湖县获悉，该县数字乡村服务平台日前正式上线运行。");  // "（完）" dropped
  for (const Article& a : articles) expect_origin_maps_back(doc, a);
}

}  // namespace
}  // namespace guanxi

namespace guanxi {
namespace {

TEST(Segmenter, BylineBetweenHeadlineAndLead) {
  const Document doc = text_document(
      "南湖县召开春季植树动员会\n\n会议要求抓好落实。\n\n记者 赵一鸣\n\n"
      "清河市召开防汛工作会议\n\n记者 程一凡\n\n本报讯 昨日，清河市召开防汛工作会议。\n");
  const std::vector<Article> articles = segment(doc);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].headline, "南湖县召开春季植树动员会");
  EXPECT_EQ(names(articles[0]), (std::vector<std::string>{"记者:赵一鸣"}));
  EXPECT_EQ(articles[1].headline, "清河市召开防汛工作会议");
  EXPECT_EQ(names(articles[1]), (std::vector<std::string>{"记者:程一凡"}));
  EXPECT_EQ(articles[1].text, "昨日，清河市召开防汛工作会议。");
  for (const Article& a : articles) expect_origin_maps_back(doc, a);
}

}  // namespace
}  // namespace guanxi

namespace guanxi {
namespace {

TEST(Segmenter, WordCutByTheLayoutIsJoinedAndWireLeadWithJu) {
  Document doc = text_document(
      "清河市召开经济运行分析会\n\n据新华社清河3月2日电 会议要求，为“十三\n\n五”圆满收官做出应有贡献。\n\n"
      "会议决定于3月26\n\n日至28日举行。（下转第3版）\n\n（上接第1版）\n");
  doc.date = "2023-03-03";
  const std::vector<Article> articles = segment(doc);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].lead, "据新华社清河3月2日电");
  EXPECT_EQ(articles[0].headline, "清河市召开经济运行分析会");
  EXPECT_EQ(articles[0].text, "会议要求，为“十三五”圆满收官做出应有贡献。\n会议决定于3月26日至28日举行。");
  expect_origin_maps_back(doc, articles[0]);
}

}  // namespace
}  // namespace guanxi
