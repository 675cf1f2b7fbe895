// Test helper: the shared temporary directory of the graph/export tests, with a way to
// write files (in subdirectories too) into it.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/graph/temp_dir.h"

namespace guanxi::testing {

class TempDir : public graph_testing::TempDir {
 public:
  // Writes `bytes` to `relative` (creating directories) and returns the full path.
  std::string write(const std::string& relative, const std::string& bytes) const {
    const std::filesystem::path p = std::filesystem::path(path()) / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
};

}  // namespace guanxi::testing
