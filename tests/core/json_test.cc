#include "core/json.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/hash.h"

namespace guanxi {
namespace {

Triple sample() {
  Triple t;
  t.subject = Node::Named(NodeType::kPerson, "林振华");
  t.predicate = "attended";
  t.object = Node::Event("全市\"项目\"推进会\\二", "abc#1");
  t.provenance = {"abc", "abc#1", "林振华出席会议。\n下一行\t", "attend-list", 10, 40, "2024-03-15"};
  return t;
}

TEST(Json, TripleRoundTripsThroughTheContract) {
  std::string line;
  append_triple_json(line, sample());
  EXPECT_EQ(line.find('\n'), std::string::npos) << "one triple must be one line";
  auto back = parse_triple_json(line);
  ASSERT_TRUE(back.ok()) << back.status().to_string();
  EXPECT_EQ(*back, sample());
}

TEST(Json, ContractFieldsAreThere) {
  std::string line;
  append_triple_json(line, sample());
  auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["subject"]["type"], "person");
  EXPECT_EQ(j["subject"]["label"], "林振华");
  EXPECT_EQ(j["subject"]["id"], "person:林振华");
  EXPECT_EQ(j["predicate"], "attended");
  EXPECT_EQ(j["object"]["type"], "event");
  EXPECT_EQ(j["provenance"]["doc"], "abc");
  EXPECT_EQ(j["provenance"]["article"], "abc#1");
  EXPECT_EQ(j["provenance"]["rule"], "attend-list");
  EXPECT_EQ(j["provenance"]["sentence"], "林振华出席会议。\n下一行\t");
  EXPECT_FALSE(j["provenance"].contains("record"));  // only when the document has one
}

TEST(Json, TheCorpusRecordIdIsCarried) {
  Triple t = sample();
  t.provenance.record = "xc-gov-20240325-01";
  std::string line;
  append_triple_json(line, t);
  EXPECT_EQ(nlohmann::json::parse(line)["provenance"]["record"], "xc-gov-20240325-01");
  auto back = parse_triple_json(line);
  ASSERT_TRUE(back.ok()) << back.status().to_string();
  EXPECT_EQ(*back, t);
}

TEST(Json, InvalidUtf8AndControlCharactersStillGiveValidJson) {
  std::string out;
  append_json_string(out, std::string("a\xff\xfe" "b\x01\xe6\x9e", 7));
  auto j = nlohmann::json::parse(out);  // throws if invalid
  EXPECT_EQ(j.get<std::string>(), "a\xEF\xBF\xBD\xEF\xBF\xBD" "b\x01\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(Json, BadLinesAreRefusedWithAReason) {
  EXPECT_FALSE(parse_triple_json("{").ok());
  EXPECT_FALSE(parse_triple_json("[1]").ok());
  auto r = parse_triple_json(R"({"subject":{"id":"x","type":"alien","label":"x"},"predicate":"p","object":{"id":"y","type":"person"}})");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("unknown node type"), std::string::npos);
  EXPECT_FALSE(parse_triple_json(R"({"subject":{"id":"x","type":"person"},"object":{"id":"y","type":"person"}})").ok());
}

TEST(Node, IdsAreTypedAndEventsScopedToTheirArticle) {
  EXPECT_EQ(Node::Named(NodeType::kPlace, "临江区").id, "place:临江区");
  EXPECT_EQ(Node::Event("推进会", "d#2").id, "event:推进会@d#2");
  EXPECT_NE(Node::Event("推进会", "d#2").id, Node::Event("推进会", "d#3").id);
  EXPECT_NE(Node::Event("会见", "d#2", 0).id, Node::Event("会见", "d#2", 1).id);
  EXPECT_TRUE(Node::Event("会见", "d#2").is_event_of("d#2"));
  EXPECT_TRUE(Node::Event("会见", "d#2", 1).is_event_of("d#2"));
  EXPECT_FALSE(Node::Event("会见", "d#2").is_event_of("d#20"));
  EXPECT_FALSE(Node::Event("会见", "d#2", 1).is_event_of("d#2#"));
  EXPECT_FALSE(Node::Article("d#2", "会见").is_event_of("d#2"));
  for (NodeType t : kAllNodeTypes) EXPECT_EQ(parse_node_type(node_type_name(t)), t);
  EXPECT_FALSE(parse_node_type("alien").has_value());
}

TEST(Hash, ContentHashIsStableHexAndSensitive) {
  const std::string h = content_hash("青川市");
  EXPECT_EQ(h.size(), 32u);
  EXPECT_EQ(h.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(h, content_hash("青川市"));
  EXPECT_NE(h, content_hash("青川县"));
  EXPECT_EQ(content_hash(""), "99aa06d3014798d86001c324468d497f");  // XXH3-128 of "" (seed 0)
}

}  // namespace
}  // namespace guanxi
