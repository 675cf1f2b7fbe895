// Helpers shared by the reader's tests: fixture paths and file contents, a fixture page as
// a Document, an article's reporters as "role:name", a text split into articles and the
// check that every article's origin map is whole.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/hash.h"
#include "extract/article.h"
#include "extract/segmenter.h"

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

// A document of `text` as the reader would give it (id = content hash).
inline Document text_document(std::string text) {
  Document doc;
  doc.text = std::move(text);
  doc.id = content_hash(doc.text);
  return doc;
}

// A fixture page as the reader would give it (id = content hash), published on `date`.
inline Document page_document(const std::string& name, const std::string& date = "2023-03-16") {
  Document doc = text_document(read_fixture(name));
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

inline bool contains(const std::string& s, std::string_view piece) { return s.find(piece) != std::string::npos; }

// `text` as one document (id "p", no date) split into articles.
inline std::vector<Article> split(std::string text) {
  return segment(Document{.id = "p", .text = std::move(text)});
}

// Every article's origin map stays complete and monotonic whatever the layout.
inline void expect_origin_well_formed(const std::vector<Article>& articles) {
  for (const Article& a : articles) {
    ASSERT_EQ(a.origin.size(), a.text.size() + 1) << a.id;
    for (size_t i = 1; i < a.origin.size(); ++i) ASSERT_LE(a.origin[i - 1], a.origin[i]) << a.id;
  }
}

}  // namespace guanxi::testing
