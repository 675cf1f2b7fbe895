// Opening a store: one writer at a time (kBusy across processes and within one), readers
// beside a writer, and refusal of damaged stores and of newer schema versions.
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <fstream>

#include <rocksdb/db.h>

#include "store/schema.h"
#include "store/store.h"
#include "tests/store/test_util.h"

namespace guanxi {
namespace {

using testing::make_document;
using testing::make_triple;
using testing::person;
using testing::TempDir;

StoreOptions read_only() {
  StoreOptions o;
  o.read_only = true;
  o.create_if_missing = false;
  return o;
}

size_t count(const Store& store) {
  size_t n = 0;
  Status s = store.scan({}, [&](const Triple&) { return ++n, true; });
  EXPECT_TRUE(s.ok()) << s.to_string();
  return n;
}

void put_one(Store& store, const std::string& text) {
  Document d = make_document(text);
  std::vector<Triple> t{make_triple(person("杜远航"), "attended", Node::Event("调度会", d.id + "#0"), d, text)};
  auto r = store.put_document(d, t, "r");
  ASSERT_TRUE(r.ok()) << r.status().to_string();
}

TEST(OpenTest, SecondWriterInTheSameProcessIsBusy) {
  TempDir tmp;
  auto first = Store::open(tmp.db(), {});
  ASSERT_TRUE(first.ok());
  auto second = Store::open(tmp.db(), {});
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), StatusCode::kBusy);
  EXPECT_NE(second.status().message().find("database in use by another process"), std::string::npos)
      << second.status().message();
}

TEST(OpenTest, SecondWriterInAnotherProcessIsBusy) {
  TempDir tmp;
  int ready[2], release[2];
  ASSERT_EQ(pipe(ready), 0);
  ASSERT_EQ(pipe(release), 0);
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto store = Store::open(tmp.db(), {});
    char c = store.ok() ? 'y' : 'n';
    (void)!write(ready[1], &c, 1);
    (void)!read(release[0], &c, 1);  // hold the store until the parent is done
    _exit(store.ok() ? 0 : 3);
  }
  char c = 0;
  ASSERT_EQ(read(ready[0], &c, 1), 1);
  ASSERT_EQ(c, 'y');
  auto second = Store::open(tmp.db(), {});
  EXPECT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), StatusCode::kBusy);
  EXPECT_NE(second.status().message().find("database in use by another process"), std::string::npos);
  // Readers are not refused while the writer holds the lock.
  auto reader = Store::open(tmp.db(), read_only());
  EXPECT_TRUE(reader.ok()) << reader.status().to_string();
  (void)!write(release[1], "x", 1);
  int status = 0;
  waitpid(child, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  // Once the writer is gone a new writer gets in.
  EXPECT_TRUE(Store::open(tmp.db(), {}).ok());
}

TEST(OpenTest, ReadersSeeWhatWasWrittenWhileTheWriterRuns) {
  TempDir tmp;
  auto writer = Store::open(tmp.db(), {});
  ASSERT_TRUE(writer.ok());
  put_one(**writer, "第一篇：杜远航出席调度会。");
  auto reader = Store::open(tmp.db(), read_only());
  ASSERT_TRUE(reader.ok()) << reader.status().to_string();
  EXPECT_EQ(count(**reader), 1u);
  put_one(**writer, "第二篇：杜远航出席调度会。");
  EXPECT_EQ(count(**reader), 1u) << "a reader sees the store as it was when it opened";
  auto later = Store::open(tmp.db(), read_only());
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(count(**later), 2u);
  // A read-only store refuses writes.
  Document d = make_document("x");
  auto r = (*reader)->put_document(d, {}, "r");
  EXPECT_FALSE(r.ok());
}

TEST(OpenTest, MissingStoreIsNotFoundForReaders) {
  TempDir tmp;
  auto r = Store::open(tmp.db(), read_only());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  StoreOptions no_create;
  no_create.create_if_missing = false;
  EXPECT_EQ(Store::open(tmp.db(), no_create).status().code(), StatusCode::kNotFound);
}

TEST(OpenTest, GarbageInCurrentIsCorruption) {
  TempDir tmp;
  {
    auto s = Store::open(tmp.db(), {});
    ASSERT_TRUE(s.ok());
    put_one(**s, "杜远航出席调度会。");
  }
  std::ofstream(tmp.db() + "/CURRENT", std::ios::trunc) << "garbage-that-names-no-manifest\n";
  for (bool ro : {false, true}) {
    StoreOptions o = ro ? read_only() : StoreOptions{};
    auto r = Store::open(tmp.db(), o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kCorruption) << r.status().to_string();
    EXPECT_NE(r.status().message().find("damaged store"), std::string::npos) << r.status().message();
  }
}

// Rewrites meta/schema_version with RocksDB directly, as another build of guanxi might.
void set_schema_version(const std::string& dir, const std::string& value) {
  rocksdb::DBOptions options;
  std::vector<rocksdb::ColumnFamilyDescriptor> families{{rocksdb::kDefaultColumnFamilyName, {}}};
  for (auto f : store::kFamilies) families.emplace_back(std::string(f), rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  ASSERT_TRUE(rocksdb::DB::Open(options, dir, families, &handles, &db).ok());
  rocksdb::ColumnFamilyHandle* meta = nullptr;
  for (auto* h : handles) {
    if (h->GetName() == store::kMetaFamily) meta = h;
  }
  ASSERT_NE(meta, nullptr);
  ASSERT_TRUE(db->Put({}, meta, std::string(store::kSchemaVersionKey), value).ok());
  for (auto* h : handles) ASSERT_TRUE(db->DestroyColumnFamilyHandle(h).ok());
  delete db;
}

TEST(OpenTest, NewerSchemaVersionIsUnsupported) {
  TempDir tmp;
  {
    auto s = Store::open(tmp.db(), {});
    ASSERT_TRUE(s.ok());
    put_one(**s, "杜远航出席调度会。");
  }
  set_schema_version(tmp.db(), std::to_string(store::kSchemaVersion + 1));
  for (bool ro : {false, true}) {
    auto r = Store::open(tmp.db(), ro ? read_only() : StoreOptions{});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kUnsupported) << r.status().to_string();
    EXPECT_NE(r.status().message().find("newer"), std::string::npos);
  }
}

// Schema 1 put the sentence, ids, rule and date in every evidence record: this build would
// misread it, and says so.
TEST(OpenTest, OlderSchemaVersionIsUnsupported) {
  TempDir tmp;
  {
    auto s = Store::open(tmp.db(), {});
    ASSERT_TRUE(s.ok());
    put_one(**s, "杜远航出席调度会。");
  }
  set_schema_version(tmp.db(), std::to_string(store::kSchemaVersion - 1));
  for (bool ro : {false, true}) {
    auto r = Store::open(tmp.db(), ro ? read_only() : StoreOptions{});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kUnsupported) << r.status().to_string();
    EXPECT_NE(r.status().message().find("older"), std::string::npos) << r.status().message();
  }
}

TEST(OpenTest, DamagedMetaIsCorruption) {
  TempDir tmp;
  {
    auto s = Store::open(tmp.db(), {});
    ASSERT_TRUE(s.ok());
    put_one(**s, "杜远航出席调度会。");
  }
  set_schema_version(tmp.db(), "v1?");
  auto r = Store::open(tmp.db(), {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
}

TEST(OpenTest, ForeignRocksDbIsRefused) {
  TempDir tmp;
  {
    rocksdb::Options options;
    options.create_if_missing = true;
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(options, tmp.db(), &db).ok());
    ASSERT_TRUE(db->Put({}, "k", "v").ok());
    delete db;
  }
  auto r = Store::open(tmp.db(), {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
  EXPECT_NE(r.status().message().find("not a guanxi store"), std::string::npos);
}

}  // namespace
}  // namespace guanxi

namespace guanxi {
namespace {

TEST(OpenTest, CreationIsAtomicAndRefusesForeignDirectories) {
  testing::TempDir tmp;
  // A directory with other files in it is not turned into a store.
  std::filesystem::create_directories(tmp.db());
  std::ofstream(tmp.db() + "/notes.txt") << "mine";
  auto r = Store::open(tmp.db(), {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  std::filesystem::remove(tmp.db() + "/notes.txt");
  // A leftover of a creation whose process died is cleaned up; an empty directory is used.
  const std::string leftover = tmp.db() + ".creating-999999999";
  std::filesystem::create_directories(leftover);
  auto s = Store::open(tmp.db(), {});
  ASSERT_TRUE(s.ok()) << s.status().to_string();
  EXPECT_FALSE(std::filesystem::exists(leftover));
  EXPECT_TRUE(std::filesystem::exists(tmp.db() + "/CURRENT"));
  // Nested directories are created.
  auto nested = Store::open(tmp.path() + "/a/b/db", {});
  EXPECT_TRUE(nested.ok()) << nested.status().to_string();
}

}  // namespace
}  // namespace guanxi
