#include "harness.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace guanxi::e2e {

namespace fs = std::filesystem;

std::string guanxi() { return std::string("'") + GUANXI_BINARY + "'"; }
std::string source_dir() { return GUANXI_SOURCE_DIR; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

Outcome sh(const std::string& dir, const std::string& command) {
  const std::string err_path = dir + "/.stderr";
  const std::string full = "cd '" + dir + "' && ( " + command + " ) 2>'" + err_path + "'";
  Outcome r;
  FILE* p = popen(full.c_str(), "r");
  if (!p) return r;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.err = read_file(err_path);
  return r;
}

void E2E::SetUp() {
  std::string templ = (fs::temp_directory_path() / "guanxi-e2e-XXXXXX").string();
  ASSERT_NE(mkdtemp(templ.data()), nullptr);
  dir_ = templ;
}

void E2E::TearDown() {
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

}  // namespace guanxi::e2e
