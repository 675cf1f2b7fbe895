// Helpers shared by the store tests: temporary directories and invented documents.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/hash.h"
#include "core/triple.h"

namespace guanxi::testing {

// A fresh directory removed when the object goes away.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "guanxi-store-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string db() const { return path_ + "/db"; }

 private:
  std::string path_;
};

inline Document make_document(const std::string& text, const std::string& date = "2024-03-05") {
  Document d;
  d.text = text;
  d.id = content_hash(text);
  d.source = "test.txt";
  d.date = date;
  d.title = "测试";
  return d;
}

// subject --predicate--> object, evidence `sentence` in `doc`.
inline Triple make_triple(const Node& s, const std::string& p, const Node& o, const Document& doc,
                          const std::string& sentence, uint64_t begin = 0, const std::string& rule = "test_rule") {
  Triple t;
  t.subject = s;
  t.predicate = p;
  t.object = o;
  t.provenance.doc = doc.id;
  t.provenance.article = doc.id + "#0";
  t.provenance.sentence = sentence;
  t.provenance.rule = rule;
  t.provenance.begin = begin;
  t.provenance.end = begin + sentence.size();
  t.provenance.date = doc.date;
  return t;
}

inline Node person(const std::string& name) { return Node::Named(NodeType::kPerson, name); }

}  // namespace guanxi::testing
