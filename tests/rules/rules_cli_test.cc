// `guanxi rules test|lint` run as a black box: exit codes and what it prints.
#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;

struct CliRun {
  int exit = -1;
  std::string out;
};

CliRun run(const std::string& args) {
  CliRun r;
  std::string cmd = std::string(GUANXI_BINARY) + " " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

class RulesCli : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(GUANXI_BINARY)) GTEST_SKIP() << "guanxi binary not built: " << GUANXI_BINARY;
    dir_ = fs::temp_directory_path() / ("guanxi_rules_cli_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
    return (dir_ / name).string();
  }
  fs::path dir_;
};

const char* kRule = R"(predicates: [tag]
rules:
  - name: r
    pattern: '(?P<a>甲)'
    captures: {a: place}
    emit: [[a, tag, $date]]
    examples:
      - {text: 甲, date: '2023-01-01', expect: [[%s, tag, 2023-01-01]]}
)";

std::string rule_with(const char* expected) {
  char buf[512];
  std::snprintf(buf, sizeof buf, kRule, expected);
  return buf;
}

TEST_F(RulesCli, TestPassesFailsWithADiffAndRefusesABrokenFile) {
  std::string good = write("good.yaml", rule_with("甲"));
  CliRun ok = run("rules test " + good);
  EXPECT_EQ(ok.exit, 0) << ok.out;
  EXPECT_NE(ok.out.find("1 of 1 examples pass"), std::string::npos) << ok.out;

  std::string bad = write("bad.yaml", rule_with("乙"));
  CliRun fail = run("rules test " + bad);
  EXPECT_EQ(fail.exit, 1) << fail.out;
  EXPECT_NE(fail.out.find("- 乙 tag 2023-01-01"), std::string::npos) << fail.out;
  EXPECT_NE(fail.out.find("甲 tag 2023-01-01  [r]"), std::string::npos) << fail.out;

  std::string broken = write("broken.yaml", "rules:\n  - name: x\n    pattern: '('\n");
  CliRun refused = run("rules test " + broken);
  EXPECT_EQ(refused.exit, 2) << refused.out;
  EXPECT_NE(refused.out.find("broken.yaml:3:14: rule 'x'"), std::string::npos) << refused.out;
}

TEST_F(RulesCli, ShippedRulesPassTestAndLint) {
  const std::string rules = std::string(GUANXI_SOURCE_DIR) + "/rules";
  CliRun t = run("rules test " + rules);
  EXPECT_EQ(t.exit, 0) << t.out;
  CliRun l = run("rules lint " + rules);
  EXPECT_EQ(l.exit, 0) << l.out;
}

}  // namespace
