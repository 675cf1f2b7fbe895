// who_met over a real store: people present at the same events and explicit meetings,
// counted, sorted, dated (held_on first) and filtered by date.
#include "graph/who_met.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/store/test_util.h"

namespace guanxi {
namespace {

using testing::make_document;
using testing::make_triple;
using testing::person;
using testing::TempDir;

class WhoMetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = Store::open(tmp_.db(), {});
    ASSERT_TRUE(s.ok()) << s.status().to_string();
    store_ = std::move(s).value();
    // Article 1 (2024-03-05): a meeting held on 03-04, chaired by 郑安国, attended by 邱月、罗成.
    Document d1 = make_document("郑安国主持召开防汛工作会议，邱月、罗成出席。", "2024-03-05");
    Node e1 = Node::Event("防汛工作会议", d1.id + "#0");
    std::vector<Triple> t1{
        make_triple(person("郑安国"), "chaired", e1, d1, "郑安国主持召开防汛工作会议"),
        make_triple(person("郑安国"), "attended", e1, d1, "郑安国主持召开防汛工作会议"),
        make_triple(person("邱月"), "attended", e1, d1, "邱月、罗成出席"),
        make_triple(person("罗成"), "attended", e1, d1, "邱月、罗成出席"),
        make_triple(e1, "held_on", Node::Named(NodeType::kDate, "2024-03-04"), d1, "郑安国主持召开防汛工作会议")};
    // Article 2 (2024-06-01): 郑安国 and 邱月 at a forum; 郑安国 met 石磊.
    Document d2 = make_document("郑安国、邱月出席经贸论坛。郑安国会见石磊。", "2024-06-01");
    Node e2 = Node::Event("经贸论坛", d2.id + "#0");
    std::vector<Triple> t2{make_triple(person("郑安国"), "attended", e2, d2, "郑安国、邱月出席经贸论坛"),
                           make_triple(person("邱月"), "attended", e2, d2, "郑安国、邱月出席经贸论坛"),
                           make_triple(person("郑安国"), "met", person("石磊"), d2, "郑安国会见石磊", 40)};
    // Article 3: 石磊 met 郑安国 (the other direction), and an unrelated event.
    Document d3 = make_document("石磊会见郑安国。唐宁出席植树活动。", "2024-07-09");
    std::vector<Triple> t3{
        make_triple(person("石磊"), "met", person("郑安国"), d3, "石磊会见郑安国"),
        make_triple(person("唐宁"), "attended", Node::Event("植树活动", d3.id + "#0"), d3, "唐宁出席植树活动")};
    ASSERT_TRUE(store_->put_document(d1, t1, "r").ok());
    ASSERT_TRUE(store_->put_document(d2, t2, "r").ok());
    ASSERT_TRUE(store_->put_document(d3, t3, "r").ok());
  }

  TempDir tmp_;
  std::unique_ptr<Store> store_;
};

TEST_F(WhoMetTest, CountsSortsAndDates) {
  auto r = who_met(*store_, "郑安国", {});
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  const auto& people = *r;
  ASSERT_EQ(people.size(), 3u);
  // 石磊 (two explicit meetings, one per article, either direction) and 邱月 (two shared
  // events) tie and are ordered by label; 罗成 shares one event.
  EXPECT_EQ(people[0].person, person("石磊"));
  EXPECT_EQ(people[1].person, person("邱月"));
  EXPECT_EQ(people[2].person, person("罗成"));
  EXPECT_EQ(people[2].events.size(), 1u);

  const Acquaintance& qiu = people[1];
  ASSERT_EQ(qiu.events.size(), 2u);
  EXPECT_EQ(qiu.events[0].event.label, "经贸论坛");  // most recent first
  EXPECT_EQ(qiu.events[0].date, "2024-06-01");      // no held_on: the article's date
  EXPECT_EQ(qiu.events[0].evidence, "郑安国、邱月出席经贸论坛");
  EXPECT_EQ(qiu.events[1].event.label, "防汛工作会议");
  EXPECT_EQ(qiu.events[1].date, "2024-03-04");  // held_on wins over the article's date
  EXPECT_EQ(qiu.events[1].relation, "attended");
  EXPECT_EQ(qiu.events[1].evidence, "邱月、罗成出席");

  const Acquaintance& shi = people[0];
  ASSERT_EQ(shi.events.size(), 2u);
  EXPECT_EQ(shi.events[0].relation, "met");
  EXPECT_EQ(shi.events[0].date, "2024-07-09");
  EXPECT_EQ(shi.events[0].evidence, "石磊会见郑安国");
  EXPECT_EQ(shi.events[1].date, "2024-06-01");
  EXPECT_EQ(shi.events[1].evidence, "郑安国会见石磊");
}

// The projection who_met reads: each card of the person's events once (by the keys of
// prov and one MultiGet), with everyone present, their roles and sentences.
TEST_F(WhoMetTest, EventsOfVisitsEachCardOnceWithEveryonePresent) {
  std::unique_ptr<StoreReader> reader = store_->reader();
  std::vector<std::string> seen;
  Status s = reader->events_of(person("郑安国").id, [&](const EventPresence& e) {
    std::string line = std::string(e.event_label) + " " + std::string(e.held_on) + " " + std::string(e.published) + ":";
    for (const auto& p : e.people) {
      line += " " + std::string(p.label) + (p.chaired ? "(c)" : "") + "@" + std::string(e.sentences.at(p.sentence));
    }
    seen.push_back(line);
    return true;
  });
  ASSERT_TRUE(s.ok()) << s.to_string();
  std::sort(seen.begin(), seen.end());
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0],
            "经贸论坛  2024-06-01: 郑安国@郑安国、邱月出席经贸论坛 邱月@郑安国、邱月出席经贸论坛");
  EXPECT_EQ(seen[1],
            "防汛工作会议 2024-03-04 2024-03-05: 郑安国(c)@郑安国主持召开防汛工作会议 "
            "郑安国@郑安国主持召开防汛工作会议 邱月@邱月、罗成出席 罗成@邱月、罗成出席");
  // Stopping after the first card visits no other; an unknown person visits nothing.
  int visits = 0;
  ASSERT_TRUE(reader->events_of(person("郑安国").id, [&](const EventPresence&) { return ++visits < 1; }).ok());
  EXPECT_EQ(visits, 1);
  ASSERT_TRUE(reader->events_of(person("无名氏").id, [&](const EventPresence&) { return ++visits > 0; }).ok());
  EXPECT_EQ(visits, 1);
}

TEST_F(WhoMetTest, IsSymmetricForSharedEvents) {
  auto r = who_met(*store_, "罗成", {});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 2u);
  // 郑安国 and 邱月 each share one event with 罗成: a tie, broken by label.
  EXPECT_EQ((*r)[0].events.size(), 1u);
  EXPECT_EQ((*r)[1].events.size(), 1u);
  EXPECT_LT((*r)[0].person.label, (*r)[1].person.label);
}

TEST_F(WhoMetTest, FiltersByDate) {
  WhoMetOptions june;
  june.since = "2024-05-01";
  june.until = "2024-06-30";
  auto r = who_met(*store_, "郑安国", june);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 2u);
  for (const auto& a : *r) {
    ASSERT_EQ(a.events.size(), 1u) << a.person.label;
    EXPECT_EQ(a.events[0].date, "2024-06-01");
  }
  WhoMetOptions march;
  march.until = "2024-03-04";  // held_on date of the meeting, one day before the article
  r = who_met(*store_, "郑安国", march);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->size(), 2u);  // 邱月 and 罗成 at the flood meeting
}

TEST_F(WhoMetTest, UnknownPersonIsNotFound) {
  auto r = who_met(*store_, "无名氏", {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  // Someone who met nobody is found, with an empty list.
  auto alone = who_met(*store_, "唐宁", {});
  ASSERT_TRUE(alone.ok());
  EXPECT_TRUE(alone->empty());
  // A node id works as well as a label.
  auto by_id = who_met(*store_, "person:罗成", {});
  ASSERT_TRUE(by_id.ok());
  EXPECT_EQ(by_id->size(), 2u);
}

}  // namespace
}  // namespace guanxi

namespace guanxi {
namespace {

TEST(WhoMetReplaceTest, ReextractedDocumentReplacesItsEventCard) {
  testing::TempDir tmp;
  auto opened = Store::open(tmp.db(), {});
  ASSERT_TRUE(opened.ok());
  Store& store = **opened;
  Document d = testing::make_document("程远主持召开座谈会，范思齐、钟晴出席。");
  Node e = Node::Event("座谈会", d.id + "#0");
  std::vector<Triple> v1{testing::make_triple(testing::person("程远"), "chaired", e, d, "程远主持召开座谈会"),
                         testing::make_triple(testing::person("范思齐"), "attended", e, d, "范思齐、钟晴出席"),
                         testing::make_triple(testing::person("钟晴"), "attended", e, d, "范思齐、钟晴出席")};
  ASSERT_TRUE(store.put_document(d, v1, "rules-1").ok());
  auto before = who_met(store, "程远", {});
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(before->size(), 2u);
  // New rules no longer see 钟晴 at the meeting.
  std::vector<Triple> v2(v1.begin(), v1.begin() + 2);
  ASSERT_EQ(*store.put_document(d, v2, "rules-2"), PutOutcome::kReplaced);
  auto after = who_met(store, "程远", {});
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->size(), 1u);
  EXPECT_EQ((*after)[0].person.label, "范思齐");
  EXPECT_EQ((*after)[0].events.size(), 1u) << "the old card is gone, not counted twice";
  EXPECT_EQ(who_met(store, "钟晴", {}).status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace guanxi
