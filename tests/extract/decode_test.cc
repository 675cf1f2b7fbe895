#include "extract/decode.h"

#include <gtest/gtest.h>

#include <random>

#include "encode.h"
#include "reader_fixture.h"

namespace guanxi {
namespace {

using testing::encode;

const std::string kText = "本报讯（记者 李晓燕）3月15日，会议召开。\n市长周明远主持会议。\n";

TEST(Decode, Utf8WithAndWithoutBom) {
  Decoded d = decode(kText, "auto");
  ASSERT_TRUE(d.ok) << d.message;
  EXPECT_EQ(d.text, kText);
  EXPECT_EQ(d.encoding, "UTF-8");
  d = decode("\xEF\xBB\xBF" + kText, "auto");
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(d.text, kText);
}

TEST(Decode, Gb18030Detected) {
  const std::string gb = encode(kText, "GB18030");
  ASSERT_NE(gb, kText);
  Decoded d = decode(gb, "auto");
  ASSERT_TRUE(d.ok) << d.message;
  EXPECT_EQ(d.text, kText);
  EXPECT_EQ(d.encoding, "GB18030");
}

TEST(Decode, Gb18030FourByteCharacters) {
  const std::string rare = "𠀀与€及㐀\n";  // four-byte GB18030 sequences
  Decoded d = decode(encode(rare, "GB18030"), "gb18030");
  ASSERT_TRUE(d.ok) << d.message;
  EXPECT_EQ(d.text, rare);
}

TEST(Decode, Big5TraditionalPageDetected) {
  const std::string page = testing::read_fixture("page_traditional.txt");
  const std::string big5 = encode(page, "BIG5-HKSCS");
  Decoded d = decode(big5, "auto");
  ASSERT_TRUE(d.ok) << d.message;
  EXPECT_EQ(d.encoding, "BIG5-HKSCS");
  EXPECT_EQ(d.text, page);
  // The same traditional page in GB18030 stays GB18030.
  d = decode(encode(page, "GB18030"), "auto");
  ASSERT_TRUE(d.ok) << d.message;
  EXPECT_EQ(d.encoding, "GB18030");
  EXPECT_EQ(d.text, page);
}

TEST(Decode, Utf16WithBom) {
  for (const char* enc : {"UTF-16LE", "UTF-16BE"}) {
    const std::string bom = std::string(enc) == "UTF-16LE" ? "\xFF\xFE" : "\xFE\xFF";
    Decoded d = decode(bom + encode(kText, enc), "auto");
    ASSERT_TRUE(d.ok) << enc << ": " << d.message;
    EXPECT_EQ(d.text, kText) << enc;
  }
}

TEST(Decode, LineEnds) {
  Decoded d = decode("a\r\nb\rc\n\r\nd", "auto");
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(d.text, "a\nb\nc\n\nd");
}

TEST(Decode, ForcedEncoding) {
  // Valid UTF-8 bytes read as GB18030 on request: no detection overrides the user.
  const std::string gb = encode("清河", "GB18030");
  Decoded d = decode(gb, "gbk");
  ASSERT_TRUE(d.ok) << d.message;
  EXPECT_EQ(d.text, "清河");
  d = decode(encode("清河\n", "UTF-16LE"), "utf-16le");
  ASSERT_TRUE(d.ok) << d.message;
  EXPECT_EQ(d.text, "清河\n");
}

TEST(Decode, BadUtf8IsReportedAtItsOffset) {
  std::string bytes = kText;
  bytes.insert(9, "\xFF");  // after 本报讯
  Decoded d = decode(bytes, "auto");
  ASSERT_FALSE(d.ok);
  EXPECT_EQ(d.offset, 9u);
  EXPECT_EQ(d.encoding, "UTF-8");
  d = decode(bytes, "utf-8");
  ASSERT_FALSE(d.ok);
  EXPECT_EQ(d.offset, 9u);
  // After a BOM the offset still counts from the start of the file.
  d = decode("\xEF\xBB\xBF" + bytes, "auto");
  ASSERT_FALSE(d.ok);
  EXPECT_EQ(d.offset, 12u);
  // A sequence cut short is reported where it starts: "）" is EF BC 89.
  bytes = kText;
  bytes.erase(29, 1);
  d = decode(bytes, "auto");
  ASSERT_FALSE(d.ok);
  EXPECT_EQ(d.offset, 28u);
}

TEST(Decode, BadGb18030IsReportedAtItsOffset) {
  const std::string gb = encode("清河市召开会议", "GB18030");
  // 0x81 followed by 0x20 is not a GB18030 sequence; 0xFF is never valid.
  const std::string bytes = gb.substr(0, 6) + "\x81\x20" + gb.substr(6);
  Decoded d = decode(bytes, "auto");
  ASSERT_FALSE(d.ok);
  EXPECT_EQ(d.offset, 6u) << d.message;
  EXPECT_NE(d.message.find("GB18030"), std::string::npos);
  d = decode(gb + "\xFF", "gb18030");
  ASSERT_FALSE(d.ok);
  EXPECT_EQ(d.offset, gb.size());
}

TEST(Decode, TruncatedSequenceAtTheEnd) {
  const std::string gb = encode("清河", "GB18030");
  Decoded d = decode(gb + "\x81", "gb18030");
  ASSERT_FALSE(d.ok);
  EXPECT_EQ(d.offset, gb.size());
}

TEST(Decode, UnpairedSurrogateInUtf16) {
  const std::string bytes = std::string("\xFF\xFE") + encode("清", "UTF-16LE") + std::string("\x00\xD8", 2) + encode("河", "UTF-16LE");
  Decoded d = decode(bytes, "auto");
  ASSERT_FALSE(d.ok);
  EXPECT_EQ(d.offset, 4u) << d.message;
}

TEST(Decode, NulBytesAreRejectedInAutoMode) {
  Decoded d = decode(encode("ab", "UTF-16LE"), "auto");
  ASSERT_FALSE(d.ok);
  EXPECT_EQ(d.offset, 1u);
}

TEST(Decode, EncodingNames) {
  EXPECT_TRUE(check_encoding("auto").ok());
  EXPECT_TRUE(check_encoding("utf-8").ok());
  EXPECT_TRUE(check_encoding("gb18030").ok());
  EXPECT_TRUE(check_encoding("GBK").ok());
  EXPECT_TRUE(check_encoding("utf-16le").ok());
  EXPECT_TRUE(check_encoding("big5").ok());
  EXPECT_EQ(check_encoding("klingon-8").code(), StatusCode::kInvalidArgument);
}

TEST(Decode, EmptyInput) {
  Decoded d = decode("", "auto");
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(d.text, "");
}

}  // namespace
}  // namespace guanxi

namespace guanxi {
namespace {

// Random bytes, and random damage to real text in every encoding: decoding never crashes,
// success gives well-formed UTF-8 without '\r', failure names an offset inside the input.
TEST(DecodeProperty, RandomAndDamagedInput) {
  std::mt19937 rng(7);
  const std::string page = testing::read_fixture("page.txt");
  const std::vector<std::string> clean = {page, "\xEF\xBB\xBF" + page, encode(page, "GB18030"),
                                          "\xFF\xFE" + encode(page, "UTF-16LE"), "\xFE\xFF" + encode(page, "UTF-16BE")};
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 400; ++round) {
    std::string input;
    if (round % 4 == 0) {
      input.resize(std::uniform_int_distribution<size_t>(0, 300)(rng));
      for (char& c : input) c = static_cast<char>(byte(rng));
    } else {
      input = clean[round % clean.size()];
      const int damage = std::uniform_int_distribution<int>(1, 3)(rng);
      for (int k = 0; k < damage; ++k) {
        input[std::uniform_int_distribution<size_t>(0, input.size() - 1)(rng)] = static_cast<char>(byte(rng));
      }
    }
    for (const char* enc : {"auto", "utf-8", "gb18030", "utf-16le"}) {
      const Decoded d = decode(input, enc);
      if (d.ok) {
        EXPECT_EQ(first_invalid_utf8(d.text), std::string::npos) << enc << " round " << round;
        EXPECT_EQ(d.text.find('\r'), std::string::npos);
      } else {
        EXPECT_LT(d.offset, input.size() + 1) << enc << " round " << round;
        EXPECT_FALSE(d.message.empty());
      }
      if (std::string_view(enc) == "utf-8") {
        // For UTF-8 the offset is exactly the first ill-formed byte (after a BOM), as glibc's
        // iconv finds it.
        const size_t bom = input.starts_with("\xEF\xBB\xBF") ? 3 : 0;
        const size_t bad = testing::iconv_first_error(input.substr(bom), "UTF-8");
        EXPECT_EQ(d.ok, bad == std::string::npos) << "round " << round;
        if (!d.ok) {
          EXPECT_EQ(d.offset, bom + bad) << "round " << round;
        }
      }
      if (std::string_view(enc) == "gb18030") {
        const size_t bad = testing::iconv_first_error(input, "GB18030");
        EXPECT_EQ(d.ok, bad == std::string::npos) << "round " << round;
        if (!d.ok) {
          EXPECT_EQ(d.offset, bad) << "round " << round;
        }
      }
    }
  }
}

}  // namespace
}  // namespace guanxi
