// Crash safety: a writer process is SIGKILLed at random moments of an ingest, again and
// again; after each kill the store must open, and every document must be wholly present
// (all its triples, all indexes agreeing) or wholly absent. Ingests alternate between two
// rulesets, so kills also land in the middle of replacements.
//
// The writer is this test binary re-executed (a forked copy of a process that already ran
// RocksDB would inherit its thread pools without their threads), selected by the
// environment variable GUANXI_CRASH_WRITER="<dir> <wal|bulk>".
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "store/store.h"
#include "tests/store/test_util.h"

namespace guanxi {
namespace {

using testing::make_document;
using testing::make_triple;
using testing::person;
using testing::TempDir;

constexpr int kDocuments = 800;
constexpr const char* kSurnames[] = {"林", "周", "韩", "杜", "陶", "贺", "蒋", "邵"};
constexpr const char* kGiven[] = {"晓峰", "明远", "立新", "远航", "文彬", "振华", "思源", "海涛", "建平"};

std::string name(int i) { return std::string(kSurnames[i % 8]) + kGiven[(i / 8) % 9]; }

Document doc(int i) { return make_document("第" + std::to_string(i) + "篇：" + name(i) + "出席推进会。"); }

// Version "a" or "b" of the triples of document i (b drops one triple and adds a title).
std::vector<Triple> triples(int i, char version) {
  Document d = doc(i);
  Node event = Node::Event("推进会", d.id + "#0");
  std::vector<Triple> t;
  const int people = 3 + i % 5;
  for (int k = 0; k < people; ++k) {
    t.push_back(make_triple(person(name(i + k * 7)), "attended", event, d, d.text, k, "rule_" + std::string(1, version)));
  }
  t.push_back(make_triple(event, "held_on", Node::Named(NodeType::kDate, "2024-05-0" + std::to_string(1 + i % 9)), d,
                          d.text));
  if (version == 'b') {
    t.erase(t.begin());
    t.push_back(make_triple(person(name(i)), "holds_title", Node::Named(NodeType::kTitle, "副区长"), d, d.text));
  }
  return t;
}

// The writer: ingests all documents with ruleset a, then b, then a ... until killed.
int run_writer(const std::string& dir, const std::string& mode) {
  const bool bulk = mode != "wal";
  StoreOptions o;
  o.bulk_load = bulk;
  o.load_files = mode == "files";
  o.load_buffer_bytes = 48 << 10;  // a few ingests per round, so kills land between and inside them
  auto store = Store::open(dir, o);
  if (!store.ok()) return 3;
  for (int round = 0;; ++round) {
    const char version = round % 2 ? 'b' : 'a';
    const std::string ruleset = std::string("ruleset-") + version;
    std::vector<Document> docs;
    std::vector<std::vector<Triple>> ts;
    for (int i = 0; i < kDocuments; ++i) {
      docs.push_back(doc(i));
      ts.push_back(triples(i, version));
    }
    if (!bulk) {
      for (int i = 0; i < kDocuments; ++i) {
        if (!(*store)->put_document(docs[i], ts[i], ruleset).ok()) return 4;
      }
      continue;
    }
    for (int i = 0; i < kDocuments; i += 25) {
      std::vector<DocumentTriples> batch;
      for (int k = i; k < std::min(kDocuments, i + 25); ++k) batch.push_back({&docs[k], &ts[k]});
      if (!(*store)->put_documents(batch, ruleset).ok()) return 4;
      if ((i / 25) % 4 == 3 && !(*store)->flush().ok()) return 5;
    }
  }
}

TEST(CrashWriter, Run) {
  const char* env = std::getenv("GUANXI_CRASH_WRITER");
  if (!env) GTEST_SKIP() << "runs only as the writer of CrashTest";
  std::istringstream in(env);
  std::string dir, mode;
  in >> dir >> mode;
  std::_Exit(run_writer(dir, mode));
}

pid_t start_writer(const std::string& dir, const char* mode) {
  pid_t pid = fork();
  if (pid == 0) {
    std::string env = dir + " " + mode;
    setenv("GUANXI_CRASH_WRITER", env.c_str(), 1);
    char filter[] = "--gtest_filter=CrashWriter.Run";
    char* argv[] = {const_cast<char*>("guanxi_store_tests"), filter, nullptr};
    execv("/proc/self/exe", argv);
    std::_Exit(127);
  }
  return pid;
}

using Record = std::tuple<std::string, std::string, std::string, std::string, uint64_t>;

std::multiset<Record> records_of(const std::vector<Triple>& ts) {
  std::multiset<Record> out;
  for (const Triple& t : ts) out.emplace(t.subject.id, t.predicate, t.object.id, t.provenance.rule, t.provenance.begin);
  return out;
}

// Every document wholly present or absent; the three indexes agree with the evidence.
void check_store(const std::string& dir, int kill, int* mid_round) {
  auto opened = Store::open(dir, {});
  ASSERT_TRUE(opened.ok()) << "kill " << kill << ": " << opened.status().to_string();
  const Store& store = **opened;
  std::map<std::string, std::vector<Triple>> by_doc;
  ASSERT_TRUE(store.scan({}, [&](const Triple& t) {
    by_doc[t.provenance.doc].push_back(t);
    return true;
  }).ok());
  std::set<std::tuple<std::string, std::string, std::string>> spo;
  int present = 0, versions_a = 0, versions_b = 0;
  for (int i = 0; i < kDocuments; ++i) {
    const Document d = doc(i);
    auto stored = store.get_document(d.id);
    ASSERT_TRUE(stored.ok());
    auto it = by_doc.find(d.id);
    if (!stored->has_value()) {
      EXPECT_TRUE(it == by_doc.end()) << "kill " << kill << ": triples of absent document " << i;
      continue;
    }
    ++present;
    ASSERT_TRUE(it != by_doc.end()) << "kill " << kill << ": document " << i << " has no triples";
    const auto got = records_of(it->second);
    const bool a = got == records_of(triples(i, 'a'));
    const bool b = got == records_of(triples(i, 'b'));
    versions_a += a;
    versions_b += b;
    EXPECT_TRUE(a || b)
        << "kill " << kill << ": document " << i << " is partly written (" << got.size() << " records)";
    for (const Triple& t : it->second) spo.emplace(t.subject.id, t.predicate, t.object.id);
  }
  EXPECT_EQ(by_doc.size(), static_cast<size_t>(present)) << "evidence of unknown documents";
  // A kill between two rounds proves little; count the ones that landed inside a round.
  if (present < kDocuments || (versions_a > 0 && versions_b > 0)) ++*mid_round;
  auto stats = store.stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->triples, spo.size()) << "kill " << kill << ": spo index disagrees with the evidence";
  // pos (by predicate, and by predicate + object) and osp (by object) hold the same triples.
  for (const auto& [s, p, o] : spo) {
    TriplePattern by_po;
    by_po.predicate = p;
    by_po.object = o;
    bool found = false;
    ASSERT_TRUE(store.scan(by_po, [&](const Triple& t) { return !(found = t.subject.id == s); }).ok());
    EXPECT_TRUE(found) << "kill " << kill << ": pos misses " << s << " " << p << " " << o;
    TriplePattern by_os;
    by_os.object = o;
    by_os.subject = s;
    found = false;
    ASSERT_TRUE(store.scan(by_os, [&](const Triple& t) { return !(found = t.predicate == p); }).ok());
    EXPECT_TRUE(found) << "kill " << kill << ": osp misses " << s << " " << p << " " << o;
  }
  size_t indexed = 0;
  for (const char* p : {"attended", "held_on", "holds_title"}) {
    TriplePattern by_p;
    by_p.predicate = p;
    std::set<std::pair<std::string, std::string>> distinct;
    ASSERT_TRUE(store.scan(by_p, [&](const Triple& t) { return distinct.emplace(t.subject.id, t.object.id), true; }).ok());
    indexed += distinct.size();
  }
  EXPECT_EQ(indexed, spo.size()) << "kill " << kill << ": pos holds stale triples";
}

void kill_repeatedly(const char* mode, int kills, unsigned seed) {
  TempDir tmp;
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> delay_ms(10, 250);
  int mid_round = 0;
  for (int k = 0; k < kills; ++k) {
    pid_t writer = start_writer(tmp.db(), mode);
    ASSERT_GT(writer, 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(rng)));
    ::kill(writer, SIGKILL);
    int status = 0;
    ASSERT_EQ(waitpid(writer, &status, 0), writer);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the writer ended by itself with " << WEXITSTATUS(status)
                                     << " (3: open failed, 4: put failed, 5: flush failed)";
    check_store(tmp.db(), k, &mid_round);
    if (::testing::Test::HasFailure()) return;
  }
  std::cerr << mode << ": " << mid_round << " of " << kills << " kills landed inside an ingest round\n";
  ::testing::Test::RecordProperty("kills_inside_a_round", mid_round);
}

TEST(CrashTest, KilledIngestLeavesWholeDocuments) { kill_repeatedly("wal", 20, 20241122); }

TEST(CrashTest, KilledBulkIngestLeavesWholeDocuments) { kill_repeatedly("bulk", 12, 7); }

TEST(CrashTest, KilledFileLoadLeavesWholeDocuments) { kill_repeatedly("files", 12, 11); }

}  // namespace
}  // namespace guanxi
