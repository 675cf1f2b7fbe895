// `guanxi segment` as users run it: the real binary, in a temporary directory.
#include <gtest/gtest.h>

#include "harness.h"

namespace guanxi::e2e {
namespace {

using SegmentCli = E2E;

std::string fixture(const std::string& name) {
  return "'" + source_dir() + "/tests/fixtures/reader/" + name + "'";
}

TEST_F(SegmentCli, TextIsOneLinePerArticle) {
  Outcome r = guanxi_run("segment --date 2023-03-16 " + fixture("page.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  size_t lines = 0;
  for (char c : r.out) lines += c == '\n';
  EXPECT_EQ(lines, 4u);
  EXPECT_NE(r.out.find("\t2023-03-16\t本报讯\t南湖县召开春季植树动员会 / 绿化家园 共建美丽南湖\t记者:赵一鸣 通讯员:刘思远\t"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\t又讯\t-\t记者:王子涵\t昨日，市政协召开主席会议"), std::string::npos) << r.out;
}

TEST_F(SegmentCli, JsonLinesFromStandardInput) {
  Outcome r = shell("cat " + fixture("wire.txt") + " | " + guanxi() + " segment --format jsonl --date 2024-01-10");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"source\":\"-\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"lead\":\"新华社北京1月9日电\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"reporters\":[{\"name\":\"郑明远\",\"role\":\"记者\",\"affiliation\":\"\"}]"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"date\":\"2024-01-10\""), std::string::npos) << r.out;
}

TEST_F(SegmentCli, BadFileIsRejectedTheOthersAreShown) {
  write_file(path("bad.txt"), "本报讯 昨日\xFF");
  Outcome r = guanxi_run("segment bad.txt " + fixture("cctv.txt"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("bad.txt: byte 16: invalid UTF-8 sequence"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 accepted, 1 rejected"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("央视网消息（新闻联播）"), std::string::npos) << r.out;
}

TEST_F(SegmentCli, DirectoryWithGlobsAndEncodings) {
  ASSERT_EQ(shell("mkdir -p pages/old && cp " + fixture("wire.txt") + " pages/2024-01-10.txt && "
                  "iconv -f UTF-8 -t GB18030 " + fixture("cctv.txt") + " > pages/old/2024-01-11.txt && "
                  "cp " + fixture("page.txt") + " pages/notes.md").exit_code, 0);
  Outcome r = guanxi_run("segment --include '*.txt' pages");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\t2024-01-10\t新华社北京1月9日电\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\t2024-01-11\t央视网消息（新闻联播）\t"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("又讯"), std::string::npos) << "notes.md is not included";
  EXPECT_LT(r.out.find("新华社"), r.out.find("央视网")) << "files before subdirectories";
  r = guanxi_run("segment --exclude old pages/");
  EXPECT_NE(r.out.find("新华社北京1月9日电"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("央视网"), std::string::npos);
  EXPECT_EQ(r.out.find("又讯"), std::string::npos) << "a walk reads documents only (*.txt, *.jsonl ...)";
  r = guanxi_run("segment --include '*.md' pages/");
  EXPECT_NE(r.out.find("又讯"), std::string::npos) << "--include overrides the default";
}

// A TV transcript: one record per item, the masthead and rundown nowhere; a Hong Kong page
// names its reporters as printed.
TEST_F(SegmentCli, TranscriptItemsAndPrintedReporters) {
  Outcome r = guanxi_run("segment --date 2024-04-08 " + fixture("tv_transcript.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  size_t lines = 0;
  for (char c : r.out) lines += c == '\n';
  EXPECT_EQ(lines, 3u) << r.out;
  EXPECT_NE(r.out.find("\t本台消息\t市委常委会召开会议\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\t-\t青石县推进高标准农田建设\t"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("新闻联播"), std::string::npos) << r.out;
  r = guanxi_run("segment --format jsonl --date 2024-05-23 " + fixture("hk_traditional.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("{\"name\":\"麥嘉欣\",\"role\":\"记者\""), std::string::npos) << r.out;
}

TEST_F(SegmentCli, UsageErrors) {
  EXPECT_EQ(guanxi_run("segment --format xml x.txt").exit_code, 2);
  EXPECT_EQ(guanxi_run("segment --encoding klingon-8 x.txt").exit_code, 2);
  Outcome help = guanxi_run("segment --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--format"), std::string::npos);
}

}  // namespace
}  // namespace guanxi::e2e
