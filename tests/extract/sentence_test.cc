#include "extract/sentence.h"

#include <gtest/gtest.h>

namespace guanxi {
namespace {

std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  for (Span s : split_sentences(text)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(Sentences, SplitsAtTerminatorsAndNewlines) {
  EXPECT_EQ(sentences("市长主持会议。市领导出席会议！会议要求；大家努力？\n第二段没有句号"),
            (std::vector<std::string>{"市长主持会议。", "市领导出席会议！", "会议要求；", "大家努力？",
                                      "第二段没有句号"}));
}

TEST(Sentences, ClosingQuotesStayWithTheSentence) {
  EXPECT_EQ(sentences("他说：“要抓好落实。”会议结束。"),
            (std::vector<std::string>{"他说：“要抓好落实。”", "会议结束。"}));
  EXPECT_EQ(sentences("真的吗？！是的。"), (std::vector<std::string>{"真的吗？！", "是的。"}));
}

TEST(Sentences, EmptyOnesAreSkippedAndSpansAreExact) {
  const std::string text = "\n\n  。一句。\n";
  const auto spans = split_sentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "一句。");
  EXPECT_TRUE(split_sentences("").empty());
  EXPECT_TRUE(split_sentences("\n \n").empty());
}

}  // namespace
}  // namespace guanxi
