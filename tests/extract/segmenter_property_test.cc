// Segmentation invariants on many generated pages, tidy and hostile: whatever the input,
// every article's origin map is complete, monotonic and inside the document, every
// character of the body is the normalized form of the character it points to, and article
// ids are "<doc>#1", "<doc>#2", ... A fixed seed keeps failures reproducible.
#include <gtest/gtest.h>

#include <random>

#include "core/hash.h"
#include "extract/normalize.h"
#include "extract/segmenter.h"
#include "extract/sentence.h"

namespace guanxi {
namespace {

const char* const kLines[] = {
    "本报讯(清河日报全媒体记者 李晓燕 王子涵) 3月15日上午,临江区产业协作推进会召开。",
    "又讯（记者 王子涵）昨日，市政协召开主席会议。",
    "新华社北京1月9日电（记者郑明远）国家主席方国栋会见来宾。",
    "央视网消息（新闻联播）：记者从应急管理部获悉，",
    "记者 赵一鸣 通讯员 刘思远 文图",
    "（记者 马骏）",
    "南湖县召开春季植树动员会",
    "绿化家园 共建美丽南湖",
    "市長會見臺灣來賓，並舉行會談。",
    "ＲＣＥＰ合作，２０２２年取得新进展；",
    "苏雅琴要求,要抓住有利时机,扎实推进国土绿化",
    "行动,确保完成全年植树任务。",
    "一、坚持项目为王",
    "清河日报 2023年3月16日 星期四 第2版",
    "会议还对森林防火工作进行了部署。(记者 王子涵)",
    "\u3000\u3000段首缩进的正文。",
    "English text, with (parens) and 10:30.",
    "   ",
    "",
    "本报讯",
    "（",
    "记者",
    "本报讯（记者 ",
    // TV transcripts, colon bylines, photo credits, Hong Kong and Taiwan papers, commentaries.
    "【临川新闻联播】",
    "今天节目的主要内容有：",
    "●市委常委会召开会议",
    "【市委常委会召开会议】",
    "【同期声】",
    "本台消息 4月8日，市委常委会召开会议。",
    "本台记者报道。",
    "演练持续两个小时。（记者：钱晓东 孙雨桐）",
    "记者：周明远 通讯员：吴佳怡",
    "图为市民在口袋公园散步。记者冯立新 摄",
    "编辑：唐某某",
    "【本報訊】（記者 麥嘉欣 灣仔報道）海濱新區前日（20日）舉行發佈會。",
    "本報記者歐陽志遠報道",
    "中央社記者鍾振邦嶺東22日電 嶺東縣上週五舉辦文化節。",
    "本报评论员",
    "评论员 程思远",
    "短评",
    "【",
    "【】",
    "中央社记者",
    "本报记者甘伟业报道：",
    "记者：",
};

std::string random_line(std::mt19937& rng) {
  std::uniform_int_distribution<int> kind(0, 9);
  const int k = kind(rng);
  if (k < 8) {
    std::uniform_int_distribution<size_t> pick(0, std::size(kLines) - 1);
    return kLines[pick(rng)];
  }
  // Random code points, including full-width forms, CJK punctuation, astral characters.
  static const char32_t kPool[] = {U'a', U',', U'(', U')', U'：', U'，', U'。', U'中', U'會', U'Ａ',
                                   U'１', U'\u3000', U'𠀀', U'·', U'”', U'（', U'\u200b', U' '};
  std::uniform_int_distribution<size_t> pick(0, std::size(kPool) - 1), len(0, 40);
  std::string s;
  const size_t n = len(rng);
  for (size_t i = 0; i < n; ++i) {
    char32_t c = kPool[pick(rng)];
    if (c < 0x80) {
      s += static_cast<char>(c);
    } else if (c < 0x800) {
      s += static_cast<char>(0xC0 | (c >> 6));
      s += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      s += static_cast<char>(0xE0 | (c >> 12));
      s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      s += static_cast<char>(0xF0 | (c >> 18));
      s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return s;
}

void check_invariants(const Document& doc) {
  const std::vector<Article> articles = segment(doc);
  ASSERT_FALSE(articles.empty());
  for (size_t n = 0; n < articles.size(); ++n) {
    const Article& a = articles[n];
    ASSERT_EQ(a.id, doc.id + "#" + std::to_string(n + 1));
    ASSERT_EQ(a.origin.size(), a.text.size() + 1);
    for (size_t i = 1; i < a.origin.size(); ++i) ASSERT_LE(a.origin[i - 1], a.origin[i]);
    ASSERT_LE(a.origin.back(), doc.text.size());
    size_t i = 0;
    while (i < a.text.size()) {
      const size_t start = i;
      next_code_point(a.text, i);
      const std::string normalized = a.text.substr(start, i - start);
      if (normalized == "\n") continue;
      size_t j = a.origin[start];
      ASSERT_LT(j, doc.text.size());
      next_code_point(doc.text, j);
      const std::string original = doc.text.substr(a.origin[start], j - a.origin[start]);
      const bool context_dependent = original.size() == 1 && std::string_view(",;:()?!").find(original[0]) != std::string_view::npos;
      if (!context_dependent) {
        ASSERT_EQ(normalize_text(original), normalized) << doc.text;
      }
    }
    // Reporters are named as printed: each name is text of the document.
    for (const Reporter& r : a.reporters) ASSERT_NE(doc.text.find(r.name), std::string::npos) << r.name;
    for (Span s : split_sentences(a.text)) {
      ASSERT_LT(s.begin, s.end);
      ASSERT_LE(s.end, a.text.size());
    }
  }
}

TEST(SegmenterProperty, InvariantsHoldOnGeneratedPages) {
  std::mt19937 rng(20240601);
  std::uniform_int_distribution<int> lines(0, 30), blank(0, 2);
  for (int page = 0; page < 2000; ++page) {
    Document doc;
    const int n = lines(rng);
    for (int k = 0; k < n; ++k) {
      doc.text += random_line(rng);
      doc.text += '\n';
      if (blank(rng) == 0) doc.text += '\n';
    }
    doc.id = content_hash(doc.text);
    ASSERT_NO_FATAL_FAILURE(check_invariants(doc)) << "page " << page;
  }
}

TEST(SegmenterProperty, LongLinesAndManyLeads) {
  Document doc;
  doc.text = std::string(200000, 'x') + "\n";
  for (int k = 0; k < 2000; ++k) doc.text += "本报讯\n";
  for (int k = 0; k < 2000; ++k) doc.text += "记者 李晓燕\n标题\n";
  doc.id = content_hash(doc.text);
  ASSERT_NO_FATAL_FAILURE(check_invariants(doc));
  EXPECT_EQ(segment(doc).size(), 2001u);  // the prefix with body text, then one per lead
}

}  // namespace
}  // namespace guanxi
