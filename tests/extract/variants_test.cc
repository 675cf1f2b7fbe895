// The same page in every encoding and line-end convention a paper's archive may use gives
// the same document (id and text) and the same articles; the traditional-character edition
// gives the same articles with the same normalized text.
#include <gtest/gtest.h>

#include "core/json.h"
#include "encode.h"
#include "extract/extractor.h"
#include "extract/normalize.h"
#include "extract/reader.h"
#include "extract/ruleset.h"
#include "extract/segmenter.h"
#include "reader_fixture.h"
#include "tests/common/temp_dir.h"

namespace guanxi {
namespace {

struct Variant {
  std::string name;
  std::string bytes;
};

// `big5`: also Big5-HKSCS (only traditional text can be written in it).
std::vector<Variant> variants_of(const std::string& utf8, bool big5 = false) {
  std::vector<Variant> out;
  for (const auto& [eol_name, eol] : {std::pair<std::string, std::string>{"lf", "\n"}, {"crlf", "\r\n"}, {"cr", "\r"}}) {
    const std::string text = testing::with_line_ends(utf8, eol);
    out.push_back({"utf8-" + eol_name, text});
    out.push_back({"utf8bom-" + eol_name, "\xEF\xBB\xBF" + text});
    out.push_back({"gb18030-" + eol_name, testing::encode(text, "GB18030")});
    out.push_back({"utf16le-" + eol_name, "\xFF\xFE" + testing::encode(text, "UTF-16LE")});
    out.push_back({"utf16be-" + eol_name, "\xFE\xFF" + testing::encode(text, "UTF-16BE")});
    if (big5) out.push_back({"big5-" + eol_name, testing::encode(text, "BIG5-HKSCS")});
  }
  return out;
}

std::vector<Document> read_all(const std::vector<std::string>& paths, std::vector<ReadError>* errors) {
  std::vector<Document> docs;
  Status st = read_documents(
      paths, ReadOptions{}, [&](Document&& d) { docs.push_back(std::move(d)); },
      [&](const ReadError& e) { errors->push_back(e); });
  EXPECT_TRUE(st.ok()) << st.to_string();
  return docs;
}

// Reporters' names are kept as printed: compare them normalized.
std::vector<Reporter> normalized(std::vector<Reporter> reporters) {
  for (Reporter& r : reporters) r.name = normalize_text(r.name);
  return reporters;
}

void expect_same_articles(const std::vector<Article>& a, const std::vector<Article>& b, const std::string& what) {
  ASSERT_EQ(a.size(), b.size()) << what;
  for (size_t k = 0; k < a.size(); ++k) {
    EXPECT_EQ(a[k].headline, b[k].headline) << what << " article " << k;
    EXPECT_EQ(a[k].lead, b[k].lead) << what << " article " << k;
    EXPECT_EQ(normalized(a[k].reporters), normalized(b[k].reporters)) << what << " article " << k;
    EXPECT_EQ(a[k].text, b[k].text) << what << " article " << k;
    EXPECT_EQ(a[k].date, b[k].date) << what << " article " << k;
  }
}

TEST(EncodingVariants, EveryVariantGivesTheSameDocumentAndArticles) {
  for (const char* fixture : {"page.txt", "wire.txt", "cctv.txt", "page_traditional.txt"}) {
    const std::string utf8 = testing::read_fixture(fixture);
    ASSERT_FALSE(utf8.empty()) << fixture;
    testing::TempDir dir;
    std::vector<std::string> paths;
    const std::vector<Variant> variants = variants_of(utf8, std::string(fixture) == "page_traditional.txt");
    for (const Variant& v : variants) paths.push_back(dir.write(v.name + "-2023-03-16.txt", v.bytes));
    std::vector<ReadError> errors;
    const std::vector<Document> docs = read_all(paths, &errors);
    for (const ReadError& e : errors) ADD_FAILURE() << e.to_string();
    ASSERT_EQ(docs.size(), variants.size()) << fixture;
    const std::vector<Article> reference = segment(docs[0]);
    for (size_t k = 0; k < docs.size(); ++k) {
      const std::string what = std::string(fixture) + " as " + variants[k].name;
      EXPECT_EQ(docs[k].id, docs[0].id) << what;
      EXPECT_EQ(docs[k].text, docs[0].text) << what;
      EXPECT_EQ(docs[k].date, "2023-03-16") << what;
      const std::vector<Article> articles = segment(docs[k]);
      expect_same_articles(articles, reference, what);
      for (size_t n = 0; n < articles.size(); ++n) {
        EXPECT_EQ(articles[n].id, reference[n].id) << what;
        EXPECT_EQ(articles[n].origin, reference[n].origin) << what;
      }
    }
  }
}

// The promise, end to end through the shipped rules: every encoding and line-end
// variant of a page gives exactly the same triples (provenance included).
TEST(EncodingVariants, EveryVariantGivesTheSameTriples) {
  auto rules = Ruleset::load({std::string(GUANXI_SOURCE_DIR) + "/rules"});
  ASSERT_TRUE(rules.ok()) << rules.status().to_string();
  const std::string utf8 = testing::read_fixture("page.txt");
  testing::TempDir dir;
  std::vector<std::string> paths;
  const std::vector<Variant> variants = variants_of(utf8);
  for (const Variant& v : variants) paths.push_back(dir.write(v.name + "-2023-03-16.txt", v.bytes));
  std::vector<ReadError> errors;
  const std::vector<Document> docs = read_all(paths, &errors);
  ASSERT_EQ(docs.size(), variants.size());
  auto triples_of = [&](const Document& d) {
    std::string out;
    for (const Triple& t : extract(d, **rules).triples) {
      append_triple_json(out, t);
      out += '\n';
    }
    return out;
  };
  const std::string reference = triples_of(docs[0]);
  EXPECT_NE(reference.find("\"reported\""), std::string::npos) << reference;
  for (size_t k = 1; k < docs.size(); ++k) EXPECT_EQ(triples_of(docs[k]), reference) << variants[k].name;
}

// A traditional-character paper matches the same rules: the same facts (labels and
// predicates); only the evidence differs, as it shows what that paper printed. Reporters
// are named as printed (Reporter::name), so their labels are compared normalized.
TEST(EncodingVariants, TraditionalEditionGivesTheSameFacts) {
  auto rules = Ruleset::load({std::string(GUANXI_SOURCE_DIR) + "/rules"});
  ASSERT_TRUE(rules.ok()) << rules.status().to_string();
  auto facts_of = [&](const std::string& fixture) {
    Document d;
    d.text = testing::read_fixture(fixture);
    d.id = "page";
    d.date = "2023-03-16";
    std::vector<std::string> out;
    for (const Triple& t : extract(d, **rules).triples) {
      out.push_back(normalize_text(t.subject.label) + " " + t.predicate + " " + normalize_text(t.object.label));
    }
    return out;
  };
  const std::vector<std::string> simplified = facts_of("page.txt");
  EXPECT_FALSE(simplified.empty());
  EXPECT_EQ(facts_of("page_traditional.txt"), simplified);
}

TEST(EncodingVariants, TraditionalEditionMatchesTheSimplifiedOne) {
  Document simplified, traditional;
  simplified.text = testing::read_fixture("page.txt");
  traditional.text = testing::read_fixture("page_traditional.txt");
  ASSERT_NE(simplified.text, traditional.text);
  const std::vector<Article> s = segment(simplified);
  const std::vector<Article> t = segment(traditional);
  expect_same_articles(t, s, "traditional");
  // Reporters are named as the paper printed them.
  ASSERT_FALSE(t[0].reporters.empty());
  EXPECT_NE(t[0].reporters[0].name, s[0].reporters[0].name);
  EXPECT_EQ(normalize_text(t[0].reporters[0].name), s[0].reporters[0].name);
  // Evidence still points at what the traditional paper printed.
  ASSERT_FALSE(t.empty());
  const Article& a = t[0];
  const size_t p = a.text.find("林振华");
  ASSERT_NE(p, std::string::npos);
  EXPECT_EQ(traditional.text.substr(a.origin[p], a.origin[p + 9] - a.origin[p]), "林振華");
}

}  // namespace
}  // namespace guanxi
