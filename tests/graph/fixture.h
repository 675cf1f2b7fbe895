// A small, invented news world in a real store (RocksDB in a temporary directory), shared by
// the graph tests. Three articles:
//
//   2024-03-01  林振华 chaired and attended 全市招商引资推进会 (held_on 2024-03-01), with
//               周明远 and 韩素梅; 林振华 holds_title 市委书记
//   2024-03-10  周明远 and 贺启东 attended 乡村振兴工作座谈会; 周明远 inspected 青川县
//   2024-04-02  贺启东 met 陆文清 (reported in two sentences); 林振华 and 周明远 attended
//               全市安全生产会议
//
// People projection: 林–周 2 (two events), 林–韩 1, 周–韩 1, 周–贺 1, 贺–陆 1 (met).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/hash.h"
#include "core/triple.h"
#include "store/store.h"
#include "tests/common/temp_dir.h"

namespace guanxi::graph_testing {

inline Node person(const std::string& name) { return Node::Named(NodeType::kPerson, name); }

// Collects the triples of one document, then stores them.
class Article {
 public:
  Article(std::string text, std::string date) {
    doc_.text = std::move(text);
    doc_.id = content_hash(doc_.text);
    doc_.source = "fixture.txt";
    doc_.date = std::move(date);
  }
  Node event(const std::string& label) const { return Node::Event(label, doc_.id + "#0"); }
  Article& add(const Node& s, const std::string& p, const Node& o, const std::string& sentence = "") {
    Triple t;
    t.subject = s;
    t.predicate = p;
    t.object = o;
    t.provenance.doc = doc_.id;
    t.provenance.article = doc_.id + "#0";
    t.provenance.sentence = sentence.empty() ? doc_.text : sentence;
    t.provenance.rule = "fixture";
    const size_t at = doc_.text.find(t.provenance.sentence);
    t.provenance.begin = at == std::string::npos ? 0 : at;
    t.provenance.end = t.provenance.begin + t.provenance.sentence.size();
    t.provenance.date = doc_.date;
    triples_.push_back(std::move(t));
    return *this;
  }
  Status store_in(Store& store) const {
    auto outcome = store.put_document(doc_, triples_, "fixture-rules");
    return outcome.ok() ? Status::Ok() : outcome.status();
  }

 private:
  Document doc_;
  std::vector<Triple> triples_;
};

// Opens a fresh store and fills it with the three articles above.
inline Result<std::unique_ptr<Store>> make_fixture_store(const std::string& dir) {
  GUANXI_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, Store::open(dir, StoreOptions{}));
  const Node lin = person("林振华"), zhou = person("周明远"), han = person("韩素梅"),
             he = person("贺启东"), lu = person("陆文清");

  Article a("全市招商引资推进会召开。林振华主持会议，周明远、韩素梅出席。", "2024-03-01");
  const Node e1 = a.event("全市招商引资推进会");
  a.add(lin, "chaired", e1).add(lin, "attended", e1).add(zhou, "attended", e1).add(han, "attended", e1);
  a.add(e1, "held_on", Node::Named(NodeType::kDate, "2024-03-01"));
  a.add(lin, "holds_title", Node::Named(NodeType::kTitle, "市委书记"));
  GUANXI_RETURN_IF_ERROR(a.store_in(*store));

  Article b("周明远、贺启东出席乡村振兴工作座谈会。周明远到青川县调研。", "2024-03-10");
  const Node e2 = b.event("乡村振兴工作座谈会");
  b.add(zhou, "attended", e2).add(he, "attended", e2);
  b.add(zhou, "inspected", Node::Named(NodeType::kPlace, "青川县"));
  GUANXI_RETURN_IF_ERROR(b.store_in(*store));

  Article c("贺启东会见陆文清。会见中，贺启东表示欢迎。林振华、周明远出席全市安全生产会议。",
            "2024-04-02");
  const Node e3 = c.event("全市安全生产会议");
  c.add(he, "met", lu, "贺启东会见陆文清。").add(he, "met", lu, "会见中，贺启东表示欢迎。");
  c.add(lin, "attended", e3).add(zhou, "attended", e3);
  GUANXI_RETURN_IF_ERROR(c.store_in(*store));
  return store;
}

}  // namespace guanxi::graph_testing
