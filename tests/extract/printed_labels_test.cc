#include "extract/printed_labels.h"

#include <gtest/gtest.h>

#include "extract/normalize.h"

namespace guanxi {
namespace {

// An article whose body is the normalized form of `printed`, placed after `prefix` in the
// document, with the origin map the reader would build.
struct Page {
  std::string doc;
  Article article;
};

Page make_page(const std::string& prefix, const std::string& printed) {
  Page p;
  p.doc = prefix + printed;
  append_normalized(printed, static_cast<uint32_t>(prefix.size()), p.article.text, p.article.origin);
  p.article.origin.push_back(static_cast<uint32_t>(p.doc.size()));
  p.article.id = "d#1";
  return p;
}

Triple person_attended(const std::string& person, const std::string& event) {
  Triple t;
  t.subject = Node::Named(NodeType::kPerson, person);
  t.predicate = "attended";
  t.object = Node::Event(event, "d#1");
  return t;
}

TEST(PrintedLabels, TraditionalNamesAreLabelledAsPrintedWithCanonicalIds) {
  Page p = make_page("【本報訊】\n", "區長馮子健主持會議。副區長殷美玲出席。");
  ASSERT_NE(p.article.text.find("冯子健"), std::string::npos) << "the rules see simplified text";
  std::vector<Triple> t = {person_attended("冯子健", "会议"), person_attended("殷美玲", "会议")};
  apply_printed_labels(p.article, p.doc, t);
  EXPECT_EQ(t[0].subject.label, "馮子健");
  EXPECT_EQ(t[0].subject.id, "person:冯子健") << "ids stay canonical";
  EXPECT_EQ(t[1].subject.label, "殷美玲");
  EXPECT_EQ(t[0].object.label, "會議");
  EXPECT_EQ(t[0].object.id, Node::Event("会议", "d#1").id);
}

TEST(PrintedLabels, ANameThatArrivesPrintedGetsACanonicalId) {
  // A reporter's name comes from the byline as printed; its id must be the one the same
  // person has on a simplified page.
  Page p = make_page("", "記者麥嘉欣報道。市長馮子健出席會議。");
  Triple t;
  t.subject = Node::Named(NodeType::kPerson, "麥嘉欣");
  t.predicate = "reported";
  t.object = Node::Article("d#1", "標題");
  std::vector<Triple> ts = {t};
  apply_printed_labels(p.article, p.doc, ts);
  EXPECT_EQ(ts[0].subject.id, "person:麦嘉欣");
  EXPECT_EQ(ts[0].subject.label, "麥嘉欣");
  EXPECT_EQ(ts[0].object.label, "標題") << "article nodes are not relabelled";
}

TEST(PrintedLabels, LineBreaksInsideANameAreNotPartOfItsLabel) {
  // A layout break inside a name: the reader joined it, the label must not keep the break.
  Page p;
  p.doc = "市長馮子\n\n健出席";  // "市長馮子" is 12 bytes, then two line breaks
  append_normalized("市長馮子", 0, p.article.text, p.article.origin);
  append_normalized("健出席", 14, p.article.text, p.article.origin);
  p.article.origin.push_back(static_cast<uint32_t>(p.doc.size()));
  std::vector<Triple> t = {person_attended("冯子健", "会议")};
  apply_printed_labels(p.article, p.doc, t);
  EXPECT_EQ(t[0].subject.label, "馮子健");
}

TEST(PrintedLabels, LabelsNotInTheBodyAndSimplifiedPagesAreLeftAlone) {
  Page p = make_page("", "市长谢文博主持会议。");
  std::vector<Triple> t = {person_attended("谢文博", "全市工作会议")};
  apply_printed_labels(p.article, p.doc, t);
  EXPECT_EQ(t[0].subject.label, "谢文博");
  EXPECT_EQ(t[0].object.label, "全市工作会议");

  Page trad = make_page("", "市長謝文博主持會議。");
  std::vector<Triple> alias = {person_attended("法齐亚·皮尔", "会议")};  // canonical, not printed here
  apply_printed_labels(trad.article, trad.doc, alias);
  EXPECT_EQ(alias[0].subject.label, "法齐亚·皮尔");
}

TEST(PrintedLabels, FullWidthLettersInANameArePrintedAsTheyWere) {
  Page p = make_page("", "ＡＢＣ公司总经理林立出席。");
  Triple t;
  t.subject = Node::Named(NodeType::kOrg, "ABC公司");
  t.predicate = "attended";
  t.object = Node::Event("会议", "d#1");
  std::vector<Triple> ts = {t};
  apply_printed_labels(p.article, p.doc, ts);
  EXPECT_EQ(ts[0].subject.label, "ＡＢＣ公司");
  EXPECT_EQ(ts[0].subject.id, "org:ABC公司");
}

}  // namespace
}  // namespace guanxi
