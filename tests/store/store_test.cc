// Store on real RocksDB in temporary directories: writes, scans by every index, idempotent
// and replacing re-ingest, documents, node lookup, stats.
#include "store/store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "tests/store/test_util.h"

namespace guanxi {
namespace {

using testing::make_document;
using testing::make_triple;
using testing::person;
using testing::TempDir;

std::unique_ptr<Store> open_rw(const std::string& dir) {
  auto s = Store::open(dir, StoreOptions{});
  EXPECT_TRUE(s.ok()) << s.status().to_string();
  return s.ok() ? std::move(s).value() : nullptr;
}

std::vector<Triple> scan_all(const Store& store, const TriplePattern& p = {}) {
  std::vector<Triple> out;
  Status s = store.scan(p, [&](const Triple& t) {
    out.push_back(t);
    return true;
  });
  EXPECT_TRUE(s.ok()) << s.to_string();
  return out;
}

// Two invented articles: a meeting attended by three officials, and a visit.
struct Fixture {
  Document doc1 = make_document("市委书记林晓峰主持召开城乡融合发展推进会，副市长周明远、秘书长韩立出席。");
  Document doc2 = make_document("林晓峰会见来访的江宁市代表团团长陶文彬。", "2024-04-10");
  Node meeting = Node::Event("城乡融合发展推进会", doc1.id + "#0");
  std::vector<Triple> t1, t2;
  Fixture() {
    const std::string s1 = doc1.text;
    t1.push_back(make_triple(person("林晓峰"), "chaired", meeting, doc1, s1));
    t1.push_back(make_triple(person("林晓峰"), "attended", meeting, doc1, s1));
    t1.push_back(make_triple(person("周明远"), "attended", meeting, doc1, s1));
    t1.push_back(make_triple(person("韩立"), "attended", meeting, doc1, s1));
    t1.push_back(make_triple(meeting, "held_on", Node::Named(NodeType::kDate, "2024-03-04"), doc1, s1));
    t2.push_back(make_triple(person("林晓峰"), "met", person("陶文彬"), doc2, doc2.text));
  }
};

TEST(StoreTest, PutAndScanEverything) {
  TempDir tmp;
  Fixture f;
  auto store = open_rw(tmp.db());
  ASSERT_TRUE(store);
  auto r1 = store->put_document(f.doc1, f.t1, "rules-a");
  ASSERT_TRUE(r1.ok()) << r1.status().to_string();
  EXPECT_EQ(*r1, PutOutcome::kAdded);
  auto r2 = store->put_document(f.doc2, f.t2, "rules-a");
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(*r2, PutOutcome::kAdded);

  std::vector<Triple> all = scan_all(*store);
  ASSERT_EQ(all.size(), f.t1.size() + f.t2.size());
  // Every stored triple comes back exactly, provenance included.
  for (const auto* list : {&f.t1, &f.t2}) {
    for (const Triple& t : *list) {
      EXPECT_EQ(std::count(all.begin(), all.end(), t), 1) << t.subject.id << " " << t.predicate;
    }
  }
}

// The evidence of one document shares its tables (docs/storage.md): records of several
// articles, dates, sentences (two starting at the same offset) and rules, and one whose
// document id differs from the stored document's, all come back exactly, by either path.
TEST(StoreTest, EvidenceOfOneDocumentComesBackExactly) {
  for (bool load_files : {false, true}) {
    TempDir tmp;
    Document doc = make_document("林晓峰主持会议。周明远出席。韩立陪同。");
    std::vector<Triple> triples;
    const Node meeting = Node::Event("会议", doc.id + "#0");
    triples.push_back(make_triple(person("林晓峰"), "chaired", meeting, doc, "林晓峰主持会议。", 0, "chair"));
    triples.push_back(make_triple(person("周明远"), "attended", meeting, doc, "周明远出席。", 24, "attendees"));
    triples.push_back(make_triple(person("韩立"), "attended", meeting, doc, "韩立陪同。", 42, "attendees"));
    Triple other_article = make_triple(person("韩立"), "met", person("林晓峰"), doc, "韩立陪同。", 42, "met");
    other_article.provenance.article = "elsewhere#3";
    other_article.provenance.date = "2024-03-06";
    triples.push_back(other_article);
    Triple same_begin = make_triple(person("周明远"), "met", person("韩立"), doc, "周明远出席", 24, "met");
    triples.push_back(same_begin);
    Triple other_doc = make_triple(person("林晓峰"), "met", person("周明远"), doc, "", 0, "chair");
    other_doc.provenance.doc = "another-document";
    other_doc.provenance.article = "another-document#1";
    other_doc.provenance.date = "";
    triples.push_back(other_doc);
    Triple with_record = make_triple(person("韩立"), "met", person("周明远"), doc, "韩立陪同。", 42, "met");
    with_record.provenance.record = "corpus-record-17";  // a JSON Lines record's own id
    triples.push_back(with_record);
    triples.push_back(triples[0]);  // the same record twice
    StoreOptions options;
    options.bulk_load = load_files;
    options.load_files = load_files;
    {
      auto opened = Store::open(tmp.db(), options);
      ASSERT_TRUE(opened.ok()) << opened.status().to_string();
      auto r = (*opened)->put_document(doc, triples, "rules-a");
      ASSERT_TRUE(r.ok()) << r.status().to_string();
    }
    auto store = open_rw(tmp.db());
    ASSERT_TRUE(store);
    std::vector<Triple> all = scan_all(*store);
    ASSERT_EQ(all.size(), triples.size()) << "load_files " << load_files;
    for (const Triple& t : triples) {
      EXPECT_GE(std::count(all.begin(), all.end(), t), 1) << t.subject.id << " " << t.predicate << " "
                                                          << t.provenance.sentence;
    }
    // Replaced with other rules and evidence: only the new records remain.
    std::vector<Triple> second{make_triple(person("韩立"), "attended", meeting, doc, "韩立陪同。", 42, "late")};
    auto r = store->put_document(doc, second, "rules-b");
    ASSERT_TRUE(r.ok()) << r.status().to_string();
    EXPECT_EQ(*r, PutOutcome::kReplaced);
    EXPECT_EQ(scan_all(*store), second);
  }
}

TEST(StoreTest, ScanUsesEachIndex) {
  TempDir tmp;
  Fixture f;
  auto store = open_rw(tmp.db());
  ASSERT_TRUE(store->put_document(f.doc1, f.t1, "r").ok());
  ASSERT_TRUE(store->put_document(f.doc2, f.t2, "r").ok());

  TriplePattern by_subject;
  by_subject.subject = "person:林晓峰";
  EXPECT_EQ(scan_all(*store, by_subject).size(), 3u);  // chaired, attended, met

  TriplePattern by_subject_predicate = by_subject;
  by_subject_predicate.predicate = "met";
  auto met = scan_all(*store, by_subject_predicate);
  ASSERT_EQ(met.size(), 1u);
  EXPECT_EQ(met[0].object.label, "陶文彬");
  EXPECT_EQ(met[0].object.type, NodeType::kPerson);

  TriplePattern by_object;
  by_object.object = f.meeting.id;
  EXPECT_EQ(scan_all(*store, by_object).size(), 4u);

  TriplePattern by_predicate_object = by_object;
  by_predicate_object.predicate = "attended";
  std::set<std::string> attendees;
  for (const Triple& t : scan_all(*store, by_predicate_object)) attendees.insert(t.subject.label);
  EXPECT_EQ(attendees, (std::set<std::string>{"林晓峰", "周明远", "韩立"}));

  TriplePattern by_predicate;
  by_predicate.predicate = "attended";
  EXPECT_EQ(scan_all(*store, by_predicate).size(), 3u);

  TriplePattern subject_object;
  subject_object.subject = "person:林晓峰";
  subject_object.object = f.meeting.id;
  EXPECT_EQ(scan_all(*store, subject_object).size(), 2u);

  TriplePattern exact = subject_object;
  exact.predicate = "chaired";
  auto one = scan_all(*store, exact);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0], f.t1[0]);

  TriplePattern unknown;
  unknown.subject = "person:无此人";
  EXPECT_TRUE(scan_all(*store, unknown).empty());
}

TEST(StoreTest, ScanFiltersByTypeAndDate) {
  TempDir tmp;
  Fixture f;
  auto store = open_rw(tmp.db());
  ASSERT_TRUE(store->put_document(f.doc1, f.t1, "r").ok());
  ASSERT_TRUE(store->put_document(f.doc2, f.t2, "r").ok());

  TriplePattern people;
  people.subject_type = NodeType::kPerson;
  people.object_type = NodeType::kPerson;
  auto met = scan_all(*store, people);
  ASSERT_EQ(met.size(), 1u);
  EXPECT_EQ(met[0].predicate, "met");

  TriplePattern april;
  april.since = "2024-04-01";
  EXPECT_EQ(scan_all(*store, april).size(), 1u);
  TriplePattern march;
  march.until = "2024-03-31";
  EXPECT_EQ(scan_all(*store, march).size(), f.t1.size());
  TriplePattern none;
  none.since = "2025-01-01";
  EXPECT_TRUE(scan_all(*store, none).empty());
}

TEST(StoreTest, ScanStopsWhenAsked) {
  TempDir tmp;
  Fixture f;
  auto store = open_rw(tmp.db());
  ASSERT_TRUE(store->put_document(f.doc1, f.t1, "r").ok());
  int seen = 0;
  ASSERT_TRUE(store->scan({}, [&](const Triple&) { return ++seen < 2; }).ok());
  EXPECT_EQ(seen, 2);
}

TEST(StoreTest, SameDocumentSameRulesChangesNothing) {
  TempDir tmp;
  Fixture f;
  auto store = open_rw(tmp.db());
  ASSERT_EQ(*store->put_document(f.doc1, f.t1, "r"), PutOutcome::kAdded);
  auto before = store->stats();
  ASSERT_TRUE(before.ok());
  auto log_bytes = [&] {
    uintmax_t n = 0;
    for (const auto& e : std::filesystem::directory_iterator(tmp.db())) {
      if (e.path().extension() == ".log") n += e.file_size();
    }
    return n;
  };
  const uintmax_t logged = log_bytes();
  auto again = store->put_document(f.doc1, f.t1, "r");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, PutOutcome::kUnchanged);
  EXPECT_EQ(log_bytes(), logged) << "an unchanged document writes nothing, not even meta";
  auto after = store->stats();
  EXPECT_EQ(after->documents, 1u);
  EXPECT_EQ(after->provenance, before->provenance);
  EXPECT_EQ(after->triples, before->triples);
  EXPECT_EQ(scan_all(*store).size(), f.t1.size());
}

TEST(StoreTest, NewRulesReplaceTheDocumentsTriples) {
  TempDir tmp;
  Fixture f;
  auto store = open_rw(tmp.db());
  ASSERT_TRUE(store->put_document(f.doc1, f.t1, "old").ok());
  // The new rules no longer see 韩立 and add a title.
  std::vector<Triple> t1b(f.t1.begin(), f.t1.begin() + 3);
  t1b.push_back(make_triple(person("周明远"), "holds_title", Node::Named(NodeType::kTitle, "副市长"), f.doc1,
                            f.doc1.text));
  auto r = store->put_document(f.doc1, t1b, "new");
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  EXPECT_EQ(*r, PutOutcome::kReplaced);
  auto all = scan_all(*store);
  EXPECT_EQ(all.size(), t1b.size());
  for (const Triple& t : t1b) EXPECT_EQ(std::count(all.begin(), all.end(), t), 1);
  TriplePattern han;
  han.subject = "person:韩立";
  EXPECT_TRUE(scan_all(*store, han).empty());
  auto nodes = store->find_nodes("韩立", NodeType::kPerson);
  ASSERT_TRUE(nodes.ok());
  EXPECT_TRUE(nodes->empty()) << "a node without triples is not found";
  auto st = store->stats();
  EXPECT_EQ(st->documents, 1u);
  EXPECT_EQ(st->provenance, t1b.size());
  EXPECT_EQ(st->triples, t1b.size());
}

TEST(StoreTest, SharedTripleSurvivesRemovalOfOneDocument) {
  TempDir tmp;
  Fixture f;
  auto store = open_rw(tmp.db());
  // Two documents give evidence for the same triple.
  Document other = make_document("另一篇报道：周明远出席城乡融合发展推进会。");
  std::vector<Triple> t_other{make_triple(person("周明远"), "attended", f.meeting, other, other.text)};
  ASSERT_TRUE(store->put_document(f.doc1, f.t1, "r1").ok());
  ASSERT_TRUE(store->put_document(other, t_other, "r1").ok());
  EXPECT_EQ(store->stats()->triples, f.t1.size());  // shared triple counted once
  // doc1 re-extracted with rules that find nothing: the shared triple stays (other's evidence).
  ASSERT_EQ(*store->put_document(f.doc1, {}, "r2"), PutOutcome::kReplaced);
  TriplePattern p;
  p.predicate = "attended";
  auto left = scan_all(*store, p);
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].provenance.doc, other.id);
  EXPECT_EQ(store->stats()->triples, 1u);
  TriplePattern by_object;
  by_object.object = f.meeting.id;
  by_object.predicate = "attended";
  EXPECT_EQ(scan_all(*store, by_object).size(), 1u);  // pos index kept too
}

TEST(StoreTest, DocumentsRoundTrip) {
  TempDir tmp;
  Fixture f;
  f.doc1.url = "http://example.invalid/a";
  f.doc1.origin = "某日报";
  f.doc1.record = "qh-2024-0305-12";
  auto store = open_rw(tmp.db());
  ASSERT_TRUE(store->put_document(f.doc1, f.t1, "r").ok());
  ASSERT_TRUE(store->put_document(f.doc2, f.t2, "r").ok());
  auto d = store->get_document(f.doc1.id);
  ASSERT_TRUE(d.ok());
  ASSERT_TRUE(d->has_value());
  EXPECT_EQ(d->value().text, f.doc1.text);
  EXPECT_EQ(d->value().url, f.doc1.url);
  EXPECT_EQ(d->value().origin, f.doc1.origin);
  EXPECT_EQ(d->value().record, f.doc1.record);
  EXPECT_EQ(d->value().date, f.doc1.date);
  EXPECT_FALSE(store->get_document("0000")->has_value());
  std::set<std::string> ids;
  ASSERT_TRUE(store->for_each_document([&](const Document& doc) {
    ids.insert(doc.id);
    return true;
  }).ok());
  EXPECT_EQ(ids, (std::set<std::string>{f.doc1.id, f.doc2.id}));
}

TEST(StoreTest, FindNodesByLabelAndType) {
  TempDir tmp;
  Fixture f;
  auto store = open_rw(tmp.db());
  std::vector<Triple> t = f.t1;
  // The same label as a place.
  t.push_back(make_triple(person("周明远"), "inspected", Node::Named(NodeType::kPlace, "韩立"), f.doc1, f.doc1.text));
  ASSERT_TRUE(store->put_document(f.doc1, t, "r").ok());
  auto people = store->find_nodes("韩立", NodeType::kPerson);
  ASSERT_TRUE(people.ok());
  ASSERT_EQ(people->size(), 1u);
  EXPECT_EQ((*people)[0], person("韩立"));
  auto any = store->find_nodes("韩立", std::nullopt);
  EXPECT_EQ(any->size(), 2u);
  auto events = store->find_nodes("城乡融合发展推进会", NodeType::kEvent);
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0], f.meeting);
  EXPECT_TRUE(store->find_nodes("无此人", std::nullopt)->empty());
}

TEST(StoreTest, ReopenKeepsEverythingAndIdsStayStable) {
  TempDir tmp;
  Fixture f;
  {
    auto store = open_rw(tmp.db());
    ASSERT_TRUE(store->put_document(f.doc1, f.t1, "r").ok());
  }
  {
    auto store = open_rw(tmp.db());
    ASSERT_TRUE(store);
    // New terms after reopening must not reuse old ids.
    ASSERT_TRUE(store->put_document(f.doc2, f.t2, "r").ok());
    auto all = scan_all(*store);
    EXPECT_EQ(all.size(), f.t1.size() + f.t2.size());
    for (const Triple& t : f.t1) EXPECT_EQ(std::count(all.begin(), all.end(), t), 1);
    for (const Triple& t : f.t2) EXPECT_EQ(std::count(all.begin(), all.end(), t), 1);
    auto st = store->stats();
    EXPECT_EQ(st->documents, 2u);
    EXPECT_GT(st->terms, 6u);
  }
}

TEST(StoreTest, PutDocumentsWritesManyInOneBatch) {
  TempDir tmp;
  Fixture f;
  auto store = open_rw(tmp.db());
  std::vector<DocumentTriples> batch{{&f.doc1, &f.t1}, {&f.doc2, &f.t2}, {&f.doc1, &f.t1}};
  auto r = store->put_documents(batch, "r");
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  EXPECT_EQ(*r, (std::vector<PutOutcome>{PutOutcome::kAdded, PutOutcome::kAdded, PutOutcome::kUnchanged}));
  EXPECT_EQ(scan_all(*store).size(), f.t1.size() + f.t2.size());
  // Mixed: one unchanged, one replaced, in one call.
  auto r2 = store->put_documents({{&f.doc1, &f.t1}, {&f.doc2, &f.t2}}, "r2");
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(*r2, (std::vector<PutOutcome>{PutOutcome::kReplaced, PutOutcome::kReplaced}));
  EXPECT_EQ(scan_all(*store).size(), f.t1.size() + f.t2.size());
}

TEST(StoreTest, ScanDistinctVisitsEachTripleOnceWithoutEvidence) {
  TempDir tmp;
  Fixture f;
  auto store = open_rw(tmp.db());
  Document other = make_document("另一篇报道：周明远出席城乡融合发展推进会。");
  std::vector<Triple> t_other{make_triple(person("周明远"), "attended", f.meeting, other, other.text)};
  ASSERT_TRUE(store->put_document(f.doc1, f.t1, "r").ok());
  ASSERT_TRUE(store->put_document(other, t_other, "r").ok());
  TriplePattern attended;
  attended.predicate = "attended";
  attended.object = f.meeting.id;
  EXPECT_EQ(scan_all(*store, attended).size(), 4u);  // 周明远 has two evidence records
  std::vector<Triple> distinct;
  ASSERT_TRUE(store->scan_distinct(attended, [&](const Triple& t) {
    distinct.push_back(t);
    return true;
  }).ok());
  ASSERT_EQ(distinct.size(), 3u);
  for (const Triple& t : distinct) {
    EXPECT_EQ(t.provenance, Provenance{});
    EXPECT_EQ(t.object, f.meeting);
  }
  // Every shape of pattern gives the same distinct triples through a reused reader as the
  // evidence scan does, and stopping early works.
  auto reader = store->reader();
  std::vector<TriplePattern> patterns(6);
  patterns[1].subject = "person:周明远";
  patterns[2].object = f.meeting.id;
  patterns[3].predicate = "held_on";
  patterns[4].subject = "person:林晓峰";
  patterns[4].object = f.meeting.id;
  patterns[5] = patterns[4];
  patterns[5].predicate = "chaired";
  for (const TriplePattern& p : patterns) {
    std::set<std::string> from_scan, from_reader;
    for (const Triple& t : scan_all(*store, p)) from_scan.insert(t.subject.id + t.predicate + t.object.id);
    ASSERT_TRUE(reader->scan_distinct(p, [&](const Triple& t) {
      EXPECT_TRUE(from_reader.insert(t.subject.id + t.predicate + t.object.id).second) << "visited twice";
      return true;
    }).ok());
    EXPECT_EQ(from_reader, from_scan);
    size_t n = 0;
    ASSERT_TRUE(reader->scan(p, [&](const Triple&) { return ++n, true; }).ok());
    EXPECT_EQ(n, scan_all(*store, p).size());
  }
  int seen = 0;
  ASSERT_TRUE(reader->scan_distinct({}, [&](const Triple&) { return ++seen < 2; }).ok());
  EXPECT_EQ(seen, 2);
}

TEST(StoreTest, RejectsTripleWithoutIds) {
  TempDir tmp;
  Fixture f;
  auto store = open_rw(tmp.db());
  std::vector<Triple> bad = f.t1;
  bad.back().object.id.clear();
  auto r = store->put_document(f.doc1, bad, "r");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_FALSE(store->get_document(f.doc1.id)->has_value()) << "nothing of a failed document is written";
  EXPECT_TRUE(scan_all(*store).empty());
  // The store still works afterwards and the staged terms were forgotten.
  ASSERT_TRUE(store->put_document(f.doc1, f.t1, "r").ok());
  EXPECT_EQ(scan_all(*store).size(), f.t1.size());
}

}  // namespace
}  // namespace guanxi

namespace guanxi {
namespace {

// load_files: buffered documents join the store at flush (table files ingested at once),
// re-ingest is idempotent, a buffered document re-extracted with other rules is replaced,
// and a tiny buffer (an ingest per call) gives the same store as the logged path.
TEST(StoreTest, LoadFilesIsIdempotentAndReplaces) {
  for (size_t buffer : {size_t{1}, size_t{128} << 20}) {
    TempDir tmp;
    Fixture f;
    StoreOptions o;
    o.bulk_load = true;
    o.load_files = true;
    o.load_buffer_bytes = buffer;
    auto opened = Store::open(tmp.db(), o);
    ASSERT_TRUE(opened.ok()) << opened.status().to_string();
    Store& store = **opened;
    std::vector<DocumentTriples> both{{&f.doc1, &f.t1}, {&f.doc2, &f.t2}};
    auto r = store.put_documents(both, "r1");
    ASSERT_TRUE(r.ok()) << r.status().to_string();
    EXPECT_EQ((*r)[0], PutOutcome::kAdded);
    r = store.put_documents(both, "r1");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ((*r)[0], PutOutcome::kUnchanged) << "buffer " << buffer;
    EXPECT_EQ((*r)[1], PutOutcome::kUnchanged);
    // doc2 again with other rules that find nothing: replaced, even while buffered.
    std::vector<Triple> none;
    std::vector<DocumentTriples> doc2_again{{&f.doc2, &none}};
    r = store.put_documents(doc2_again, "r2");
    ASSERT_TRUE(r.ok()) << r.status().to_string();
    EXPECT_EQ((*r)[0], PutOutcome::kReplaced);
    ASSERT_TRUE(store.flush().ok());
    auto all = scan_all(store);
    EXPECT_EQ(all.size(), f.t1.size());
    for (const Triple& t : f.t1) EXPECT_EQ(std::count(all.begin(), all.end(), t), 1);
    auto st = store.stats();
    ASSERT_TRUE(st.ok());
    EXPECT_EQ(st->documents, 2u);
    EXPECT_EQ(st->triples, f.t1.size());
    auto nodes = store.find_nodes("周明远", NodeType::kPerson);
    ASSERT_TRUE(nodes.ok());
    EXPECT_EQ(nodes->size(), 1u);
    opened->reset();
    // Reopened with the logged path: ids are stable, nothing is counted twice.
    auto again = open_rw(tmp.db());
    ASSERT_TRUE(again);
    EXPECT_EQ(*again->put_document(f.doc1, f.t1, "r1"), PutOutcome::kUnchanged);
    Document doc3 = make_document("周明远出席城乡融合发展推进会。");
    std::vector<Triple> t3{make_triple(person("周明远"), "attended", f.meeting, doc3, doc3.text)};
    EXPECT_EQ(*again->put_document(doc3, t3, "r1"), PutOutcome::kAdded);
    EXPECT_EQ(again->stats()->triples, f.t1.size()) << "the same triple got a second id";
    EXPECT_EQ(again->stats()->provenance, f.t1.size() + 1);
  }
}

// A load whose buffers fill many times, written in the background or not: a term shared by
// documents of different buffers (one in flight, one filling) keeps one id, every triple is
// there once, and the store reopened for logged writes agrees.
TEST(StoreTest, LoadFilesGivesOneIdPerTermAcrossBuffers) {
  for (bool background : {true, false}) {
    TempDir tmp;
    StoreOptions o;
    o.bulk_load = true;
    o.load_files = true;
    o.load_buffer_bytes = 4 << 10;
    o.load_in_background = background;
    auto opened = Store::open(tmp.db(), o);
    ASSERT_TRUE(opened.ok()) << opened.status().to_string();
    const std::vector<std::string> people{"林晓峰", "周明远", "韩立", "陶文彬", "许文华"};
    std::vector<Document> docs;
    std::vector<std::vector<Triple>> triples;
    for (int d = 0; d < 60; ++d) {
      docs.push_back(make_document("第" + std::to_string(d) + "次推进会，" + people[d % 5] + "主持。"));
    }
    for (int d = 0; d < 60; ++d) {
      const Document& doc = docs[d];
      Node meeting = Node::Event("推进会", doc.id + "#0", 0);
      triples.push_back({make_triple(person(people[d % 5]), "chaired", meeting, doc, doc.text),
                         make_triple(person(people[(d + 1) % 5]), "attended", meeting, doc, doc.text),
                         make_triple(person("林晓峰"), "holds_title", Node::Named(NodeType::kTitle, "市委书记"), doc,
                                     doc.text)});
    }
    std::set<std::tuple<std::string, std::string, std::string>> distinct;
    for (const auto& list : triples) {
      for (const Triple& t : list) distinct.emplace(t.subject.id, t.predicate, t.object.id);
    }
    for (int d = 0; d < 60; d += 3) {  // three documents per call
      std::vector<DocumentTriples> call;
      for (int k = d; k < d + 3; ++k) call.push_back({&docs[k], &triples[k]});
      auto r = (*opened)->put_documents(call, "r1");
      ASSERT_TRUE(r.ok()) << r.status().to_string();
      for (PutOutcome outcome : *r) EXPECT_EQ(outcome, PutOutcome::kAdded);
    }
    // Some again, while buffered, in flight or stored: nothing changes.
    for (int d = 45; d < 60; ++d) {
      EXPECT_EQ(*(*opened)->put_document(docs[d], triples[d], "r1"), PutOutcome::kUnchanged);
    }
    ASSERT_TRUE((*opened)->flush().ok());
    auto st = (*opened)->stats();
    ASSERT_TRUE(st.ok());
    // 5 people, 60 meetings, a title; chaired, attended, holds_title.
    EXPECT_EQ(st->terms, 5u + 60u + 1u + 3u) << "background " << background;
    EXPECT_EQ(st->documents, 60u);
    EXPECT_EQ(st->triples, distinct.size());
    EXPECT_EQ(st->provenance, 180u);
    EXPECT_EQ(scan_all(**opened).size(), 180u);
    opened->reset();
    auto again = open_rw(tmp.db());
    ASSERT_TRUE(again);
    for (int d = 0; d < 60; ++d) EXPECT_EQ(*again->put_document(docs[d], triples[d], "r1"), PutOutcome::kUnchanged);
    EXPECT_EQ(again->stats()->terms, 5u + 60u + 1u + 3u);
  }
}

}  // namespace
}  // namespace guanxi
