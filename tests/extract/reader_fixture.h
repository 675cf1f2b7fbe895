// Helpers shared by the reader's tests: fixture paths and file contents, a fixture page as
// a Document, an article's reporters as "role:name".
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/hash.h"
#include "extract/article.h"

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

// A fixture page as the reader would give it (id = content hash), published on `date`.
inline Document page_document(const std::string& name, const std::string& date = "2023-03-16") {
  Document doc;
  doc.text = read_fixture(name);
  doc.id = content_hash(doc.text);
  doc.source = name;
  doc.date = date;
  return doc;
}

// "记者:李某" for each reporter, in order.
inline std::vector<std::string> names(const Article& a) {
  std::vector<std::string> out;
  for (const Reporter& r : a.reporters) out.push_back(r.role + ":" + r.name);
  return out;
}

}  // namespace guanxi::testing
