#include "extract/normalize.h"

#include <gtest/gtest.h>

namespace guanxi {
namespace {

TEST(Normalize, FoldsFullWidthAsciiButKeepsChinesePunctuation) {
  EXPECT_EQ(normalize_text("２０２２年ＲＣＥＰ％"), "2022年RCEP%");
  EXPECT_EQ(normalize_text("会议，决定；如下：（一）好？好！"), "会议，决定；如下：（一）好？好！");
  EXPECT_EQ(normalize_text("“双统筹”、《决定》。"), "“双统筹”、《决定》。");
}

TEST(Normalize, HalfWidthPunctuationNextToChineseBecomesFullWidth) {
  EXPECT_EQ(normalize_text("8月23日下午,区域合作"), "8月23日下午，区域合作");
  EXPECT_EQ(normalize_text("县(市)"), "县（市）");
  EXPECT_EQ(normalize_text("本报讯(记者 张三) 昨日"), "本报讯（记者 张三） 昨日");
  EXPECT_EQ(normalize_text("如下:一是;二是?是的!"), "如下：一是；二是？是的！");
  // Brackets convert in pairs.
  EXPECT_EQ(normalize_text("(1)推进项目"), "（1）推进项目");
  EXPECT_EQ(normalize_text("协定(RCEP)生效"), "协定（RCEP）生效");
  EXPECT_EQ(normalize_text("(区域)"), "（区域）");
  EXPECT_EQ(normalize_text("see (ok) 好"), "see (ok) 好");
  // Between ASCII characters they stay.
  EXPECT_EQ(normalize_text("1,000 and 10:30 (ok)"), "1,000 and 10:30 (ok)");
}

TEST(Normalize, SpacesDotsAndZeroWidth) {
  EXPECT_EQ(normalize_text("\u3000\u3000正文\u00a0内容"), "  正文 内容");
  EXPECT_EQ(normalize_text("卡尔\u30fb莫雷诺"), "卡尔·莫雷诺");
  EXPECT_EQ(normalize_text("清\u200b河\ufeff市"), "清河市");
  EXPECT_EQ(normalize_text("a\nb\n"), "a\nb\n");
}

TEST(Normalize, TraditionalToSimplified) {
  ASSERT_TRUE(traditional_to_simplified_available());
  EXPECT_EQ(normalize_text("市長會見臺灣來賓，並舉行會談。"), "市长会见台湾来宾，并举行会谈。");
  // Already simplified text is unchanged.
  EXPECT_EQ(normalize_text("市长会见来宾，并举行会谈。"), "市长会见来宾，并举行会谈。");
}

TEST(Normalize, OriginPointsToTheSourceCharacter) {
  const std::string input = "Ａ會,b";  // 3 + 3 + 1 + 1 bytes
  std::string out;
  std::vector<uint32_t> origin;
  append_normalized(input, 100, out, origin);
  EXPECT_EQ(out, "A会，b");
  ASSERT_EQ(origin.size(), out.size());
  EXPECT_EQ(origin, (std::vector<uint32_t>{100, 103, 103, 103, 106, 106, 106, 107}));
}

TEST(Normalize, InvalidBytesPassThrough) {
  const std::string input = "a\xff\xe4\xb8z";
  EXPECT_EQ(normalize_text(input), input);
}

TEST(CodePoints, Decode) {
  const std::string s = "a中𠀀";
  size_t i = 0;
  EXPECT_EQ(next_code_point(s, i), U'a');
  EXPECT_EQ(next_code_point(s, i), U'中');
  EXPECT_EQ(next_code_point(s, i), U'𠀀');
  EXPECT_EQ(i, s.size());
  EXPECT_TRUE(is_han(U'中'));
  EXPECT_TRUE(is_cjk(U'，'));
  EXPECT_FALSE(is_cjk(U'a'));
}

}  // namespace
}  // namespace guanxi
