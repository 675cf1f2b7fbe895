// Harness for end-to-end tests: runs the real `guanxi` binary (GUANXI_BINARY) and other
// real tools in a fresh temporary directory that is removed afterwards.
#pragma once

#include <gtest/gtest.h>

#include <string>

namespace guanxi::e2e {

struct Outcome {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs `command` with /bin/sh in the fixture's directory.
Outcome sh(const std::string& dir, const std::string& command);

// The guanxi binary, quoted for the shell.
std::string guanxi();
// The repository's root (for examples/ and rules/).
std::string source_dir();

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& text);

class E2E : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;
  // Runs `guanxi ARGS` in the temporary directory.
  Outcome guanxi_run(const std::string& args) const { return sh(dir_, guanxi() + " " + args); }
  Outcome shell(const std::string& command) const { return sh(dir_, command); }
  std::string path(const std::string& name) const { return dir_ + "/" + name; }

  std::string dir_;
};

}  // namespace guanxi::e2e
