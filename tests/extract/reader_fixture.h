// Helpers shared by the reader's tests: fixture paths and file contents.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace guanxi::testing {

inline std::string reader_fixture_path(const std::string& name) {
  return std::string(GUANXI_SOURCE_DIR) + "/tests/fixtures/reader/" + name;
}

inline std::string read_fixture(const std::string& name) {
  std::ifstream in(reader_fixture_path(name), std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace guanxi::testing
