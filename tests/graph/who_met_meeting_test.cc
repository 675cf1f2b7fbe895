// who_met counts one meeting once: an explicit `met` triple and the 会见 event both people
// attended are the same encounter when they come from the same article.
#include <gtest/gtest.h>

#include "graph/who_met.h"
#include "tests/store/test_util.h"

namespace guanxi {
namespace {

using testing::make_document;
using testing::make_triple;
using testing::person;
using testing::TempDir;

const Acquaintance* find(const std::vector<Acquaintance>& people, const std::string& name) {
  for (const Acquaintance& a : people) {
    if (a.person.label == name) return &a;
  }
  return nullptr;
}

TEST(WhoMetMeetingTest, MeetingAndItsEventCountOnce) {
  TempDir tmp;
  auto s = Store::open(tmp.db(), {});
  ASSERT_TRUE(s.ok()) << s.status().to_string();
  std::unique_ptr<Store> store = std::move(s).value();

  // Article 1: 严启明 met 魏东来 at a 会见 (both attended it, and the meeting is explicit).
  const std::string meet1 = "市委书记严启明会见了集团董事长魏东来一行";
  Document d1 = make_document(meet1 + "。", "2024-04-02");
  Node e1 = Node::Event("会见", d1.id + "#0");
  std::vector<Triple> t1{make_triple(person("严启明"), "attended", e1, d1, meet1),
                         make_triple(person("魏东来"), "attended", e1, d1, meet1),
                         make_triple(person("严启明"), "met", person("魏东来"), d1, meet1)};
  // Article 2: both at a forum, then a meeting of their own in the same article: two
  // encounters, the second of which is the meeting.
  const std::string forum = "严启明、魏东来出席数字经济论坛";
  const std::string meet2 = "论坛期间，严启明会见了魏东来";
  Document d2 = make_document(forum + "。" + meet2 + "。", "2024-05-10");
  Node forum_event = Node::Event("数字经济论坛", d2.id + "#0");
  Node e2 = Node::Event("会见", d2.id + "#0", 1);
  std::vector<Triple> t2{make_triple(person("严启明"), "attended", forum_event, d2, forum),
                         make_triple(person("魏东来"), "attended", forum_event, d2, forum),
                         make_triple(person("严启明"), "attended", e2, d2, meet2, 60),
                         make_triple(person("魏东来"), "attended", e2, d2, meet2, 60),
                         make_triple(person("严启明"), "met", person("魏东来"), d2, meet2, 60)};
  // Article 3: a meeting with no event both were found at: an encounter of its own.
  const std::string meet3 = "魏东来拜会严启明";
  Document d3 = make_document(meet3 + "。", "2024-06-20");
  std::vector<Triple> t3{make_triple(person("魏东来"), "met", person("严启明"), d3, meet3)};
  ASSERT_TRUE(store->put_document(d1, t1, "r").ok());
  ASSERT_TRUE(store->put_document(d2, t2, "r").ok());
  ASSERT_TRUE(store->put_document(d3, t3, "r").ok());

  auto r = who_met(*store, "严启明", {});
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  const Acquaintance* wei = find(*r, "魏东来");
  ASSERT_NE(wei, nullptr);
  ASSERT_EQ(wei->events.size(), 4u);  // 会见 (article 1), forum and 会见 (article 2), article 3
  // Most recent first.
  EXPECT_EQ(wei->events[0].date, "2024-06-20");
  EXPECT_EQ(wei->events[0].relation, "met");
  EXPECT_EQ(wei->events[0].evidence, meet3);
  int met_at_event = 0, forum_seen = 0;
  for (const SharedEvent& e : wei->events) {
    if (e.event.label == "会见") {
      EXPECT_EQ(e.relation, "met") << e.evidence;
      EXPECT_EQ(e.event.type, NodeType::kEvent);
      ++met_at_event;
    }
    if (e.event.label == "数字经济论坛") {
      EXPECT_EQ(e.relation, "attended");
      EXPECT_EQ(e.evidence, forum);
      ++forum_seen;
    }
  }
  EXPECT_EQ(met_at_event, 2);
  EXPECT_EQ(forum_seen, 1);

  // The other direction counts the same encounters.
  auto back = who_met(*store, "魏东来", {});
  ASSERT_TRUE(back.ok()) << back.status().to_string();
  const Acquaintance* yan = find(*back, "严启明");
  ASSERT_NE(yan, nullptr);
  EXPECT_EQ(yan->events.size(), 4u);
}

}  // namespace
}  // namespace guanxi
