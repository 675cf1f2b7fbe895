// The command line as a user meets it: help, usage errors, exit codes, broken rules.
#include <regex>
#include <sstream>

#include "harness.h"

namespace guanxi::e2e {
namespace {

class Cli : public E2E {};

TEST_F(Cli, TopLevelHelpListsTheCommands) {
  Outcome r = guanxi_run("--help");
  ASSERT_EQ(r.exit_code, 0);
  for (const char* c : {"ingest", "extract", "triples", "who-met", "export", "render", "rules"}) {
    EXPECT_NE(r.out.find(c), std::string::npos) << c;
  }
  EXPECT_NE(r.out.find("exit codes"), std::string::npos);
}

TEST_F(Cli, EveryCommandHasHelp) {
  Outcome top = guanxi_run("--help");
  // The command names are the first word of the indented lines under "commands:".
  std::istringstream in(top.out.substr(top.out.find("commands:")));
  std::string line;
  std::getline(in, line);
  int seen = 0;
  while (std::getline(in, line) && line.rfind("  ", 0) == 0) {
    const std::string name = line.substr(2, line.find(' ', 2) - 2);
    Outcome r = guanxi_run(name + " --help");
    EXPECT_EQ(r.exit_code, 0) << name << ": " << r.err;
    EXPECT_NE(r.out.find("usage: guanxi " + name), std::string::npos) << name << ": " << r.out;
    ++seen;
  }
  EXPECT_GE(seen, 7);
}

TEST_F(Cli, UsageErrorsExitWithTwo) {
  EXPECT_EQ(guanxi_run("").exit_code, 2);
  Outcome unknown = guanxi_run("frobnicate");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown command"), std::string::npos);
  Outcome bad_flag = guanxi_run("ingest --no-such-flag x");
  EXPECT_EQ(bad_flag.exit_code, 2);
  EXPECT_NE(bad_flag.err.find("no-such-flag"), std::string::npos);
  EXPECT_EQ(guanxi_run("ingest").exit_code, 2);
  EXPECT_EQ(guanxi_run("ingest --date 2024/03/15 x.txt").exit_code, 2);
}

TEST_F(Cli, ABrokenRuleFileIsRefusedWithItsLocation) {
  write_file(path("bad.yaml"), "rules:\n  - name: broken\n    pattern: [unclosed\n");
  write_file(path("page.txt"), "本报讯 市长谢文博主持会议。\n");
  Outcome r = guanxi_run("ingest --db db --rules bad.yaml page.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("bad.yaml"), std::string::npos) << r.err;
  EXPECT_TRUE(std::regex_search(r.err, std::regex(R"(bad\.yaml:\d+:\d+)"))) << "file:line:column: " << r.err;
  EXPECT_EQ(shell("test -e db").exit_code, 1) << "nothing may be created for a refused run";
}

TEST_F(Cli, QueriesOnAMissingStoreSayWhatToDo) {
  Outcome r = guanxi_run("triples --db nowhere --format jsonl");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("nowhere"), std::string::npos) << r.err;
}

TEST_F(Cli, ShippedRulesPassTheirOwnExamples) {
  Outcome r = guanxi_run("rules test '" + source_dir() + "/rules'");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

}  // namespace
}  // namespace guanxi::e2e
