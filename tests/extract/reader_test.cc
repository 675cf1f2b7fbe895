#include "extract/reader.h"

#include <gtest/gtest.h>

#include "core/hash.h"
#include "encode.h"
#include "tests/common/temp_dir.h"

namespace guanxi {
namespace {

using testing::TempDir;

struct ReadRun {
  Status status;
  std::vector<Document> documents;
  std::vector<ReadError> errors;
};

ReadRun read(const std::vector<std::string>& paths, const ReadOptions& options = {}) {
  ReadRun run;
  run.status = read_documents(
      paths, options, [&](Document&& d) { run.documents.push_back(std::move(d)); },
      [&](const ReadError& e) { run.errors.push_back(e); });
  return run;
}

std::vector<std::string> sources(const ReadRun& run, const std::string& prefix) {
  std::vector<std::string> out;
  for (const Document& d : run.documents) out.push_back(d.source.substr(prefix.size()));
  return out;
}

TEST(Reader, TextFileGetsHashIdAndDateFromItsName) {
  TempDir dir;
  const std::string path = dir.write("2023-03-16.txt", "本报讯 昨日，会议召开。\r\n");
  ReadRun run = read({path});
  ASSERT_TRUE(run.status.ok());
  ASSERT_EQ(run.documents.size(), 1u);
  const Document& d = run.documents[0];
  EXPECT_EQ(d.text, "本报讯 昨日，会议召开。\n");
  EXPECT_EQ(d.id, content_hash("本报讯 昨日，会议召开。\n"));
  EXPECT_EQ(d.source, path);
  EXPECT_EQ(d.date, "2023-03-16");

  ReadOptions options;
  options.date = "2020-01-02";
  run = read({path}, options);
  ASSERT_EQ(run.documents.size(), 1u);
  EXPECT_EQ(run.documents[0].date, "2020-01-02");  // the flag wins
}

TEST(Reader, DirectoriesInSortedOrderWithGlobs) {
  TempDir dir;
  dir.write("b.txt", "b");
  dir.write("a.txt", "a");
  dir.write("sub/c.txt", "c");
  dir.write("sub/deeper/d.txt", "d");
  dir.write("a_sub/e.txt", "e");
  dir.write(".hidden.txt", "hidden");
  dir.write("notes.md", "notes");
  ReadRun run = read({dir.path()});
  EXPECT_TRUE(run.errors.empty());
  const std::string root = dir.path() + "/";
  // By default a walk reads documents only (kDefaultInclude): notes.md is skipped.
  EXPECT_EQ(sources(run, root),
            (std::vector<std::string>{"a.txt", "b.txt", "a_sub/e.txt", "sub/c.txt", "sub/deeper/d.txt"}));

  ReadOptions markdown;
  markdown.include = {"*.md"};
  EXPECT_EQ(sources(read({dir.path()}, markdown), root), (std::vector<std::string>{"notes.md"}));
  // A file named explicitly is read whatever its name.
  EXPECT_EQ(read({dir.path() + "/notes.md"}).documents.size(), 1u);

  ReadOptions options;
  options.include = {"*.txt"};
  options.exclude = {"b*", "deeper"};
  run = read({dir.path()}, options);
  EXPECT_EQ(sources(run, root), (std::vector<std::string>{"a.txt", "a_sub/e.txt", "sub/c.txt"}));
}

TEST(Reader, BadFileIsReportedAndTheOthersAreRead) {
  TempDir dir;
  dir.write("1.txt", "第一篇。");
  const std::string bad = dir.write("2.txt", "第二篇\xFF。");
  dir.write("3.txt", "第三篇。");
  ReadRun run = read({dir.path(), dir.path() + "/missing.txt"});
  EXPECT_TRUE(run.status.ok());
  ASSERT_EQ(run.documents.size(), 2u);
  EXPECT_EQ(run.documents[1].text, "第三篇。");
  ASSERT_EQ(run.errors.size(), 2u);
  EXPECT_EQ(run.errors[0].source, bad);
  EXPECT_EQ(run.errors[0].offset, 9u);
  EXPECT_EQ(run.errors[0].to_string(), bad + ": byte 9: invalid UTF-8 sequence");
  EXPECT_EQ(run.errors[1].source, dir.path() + "/missing.txt");
}

TEST(Reader, UnknownEncodingIsABadOption) {
  ReadOptions options;
  options.encoding = "no-such-encoding";
  ReadRun run = read({"whatever.txt"}, options);
  EXPECT_EQ(run.status.code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(run.documents.empty());
  options = {};
  options.date = "24/08/2022";
  EXPECT_EQ(read({"whatever.txt"}, options).status.code(), StatusCode::kInvalidArgument);
}

TEST(Reader, ForcedEncoding) {
  TempDir dir;
  const std::string path = dir.write("gbk.txt", testing::encode("清河市召开会议。", "GBK"));
  ReadOptions options;
  options.encoding = "gbk";
  ReadRun run = read({path}, options);
  ASSERT_EQ(run.documents.size(), 1u);
  EXPECT_EQ(run.documents[0].text, "清河市召开会议。");
}

TEST(Reader, JsonLinesRecordsWithABadLineInTheMiddle) {
  TempDir dir;
  const std::string path = dir.write(
      "corpus-2021-05-06.jsonl",
      "{\"id\": 7, \"title\": \"清河新闻\", \"date\": \"2022/8/24\", \"source\": \"清河日报\", "
      "\"url\": \"http://example.org/1\", \"text\": \"本报讯 昨日，会议召开。\\r\\n第二段。\"}\n"
      "{\"text\": 12}\n"
      "\n"
      "{\"text\": \"没有日期的一篇。\"}\n"
      "{not json\n");
  ReadRun run = read({path});
  ASSERT_TRUE(run.status.ok());
  ASSERT_EQ(run.documents.size(), 2u);
  const Document& d = run.documents[0];
  EXPECT_EQ(d.source, path + ":1");
  EXPECT_EQ(d.text, "本报讯 昨日，会议召开。\n第二段。");
  EXPECT_EQ(d.id, content_hash(d.text));
  EXPECT_EQ(d.title, "清河新闻");
  EXPECT_EQ(d.date, "2022-08-24");
  EXPECT_EQ(d.origin, "清河日报");
  EXPECT_EQ(d.url, "http://example.org/1");
  EXPECT_EQ(d.record, "7");  // the corpus's own id, a number or a string
  EXPECT_EQ(run.documents[1].record, "");
  EXPECT_EQ(run.documents[1].source, path + ":4");
  EXPECT_EQ(run.documents[1].date, "2021-05-06");  // no `date`: the file name's
  ASSERT_EQ(run.errors.size(), 2u);
  EXPECT_EQ(run.errors[0].source, path + ":2");
  EXPECT_NE(run.errors[0].message.find("text"), std::string::npos);
  EXPECT_EQ(run.errors[1].source, path + ":5");
}

TEST(Reader, JsonSyntaxErrorPointsAtItsByte) {
  TempDir dir;
  const std::string path = dir.write("e.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\",}\n");
  ReadRun run = read({path});
  ASSERT_EQ(run.documents.size(), 1u);
  ASSERT_EQ(run.errors.size(), 1u);
  EXPECT_EQ(run.errors[0].source, path + ":2");
  EXPECT_EQ(run.errors[0].offset, 27u);  // the '}' after the trailing comma
  EXPECT_NE(run.errors[0].message.find("invalid JSON at column 14"), std::string::npos) << run.errors[0].message;
}

TEST(Reader, JsonLinesDetectedByContentAndForcedFormat) {
  TempDir dir;
  const std::string path = dir.write("dump.txt", "{\"text\": \"一篇。\"}\n{\"text\": \"两篇。\"}\n");
  ReadRun run = read({path});
  ASSERT_EQ(run.documents.size(), 2u);
  EXPECT_EQ(run.documents[1].text, "两篇。");

  ReadOptions options;
  options.format = InputFormat::kText;
  run = read({path}, options);
  ASSERT_EQ(run.documents.size(), 1u);
  EXPECT_EQ(run.documents[0].text, "{\"text\": \"一篇。\"}\n{\"text\": \"两篇。\"}\n");
}

TEST(Reader, JsonLinesRecordWithABadByteIsRejectedAlone) {
  TempDir dir;
  const std::string first = "\xEF\xBB\xBF{\"text\": \"第一篇。\"}\r\n";
  const std::string second = "{\"text\": \"第二\xFF篇。\"}\n";
  const std::string path = dir.write("c.jsonl", first + second + "{\"text\": \"第三篇。\"}");
  ReadRun run = read({path});
  ASSERT_EQ(run.documents.size(), 2u);
  EXPECT_EQ(run.documents[0].text, "第一篇。");
  EXPECT_EQ(run.documents[1].text, "第三篇。");
  EXPECT_EQ(run.documents[1].source, path + ":3");
  ASSERT_EQ(run.errors.size(), 1u);
  EXPECT_EQ(run.errors[0].source, path + ":2");
  EXPECT_EQ(run.errors[0].offset, first.size() + 16);  // the file's own offset of the byte
}

TEST(Reader, JsonLinesInGb18030) {
  TempDir dir;
  const std::string path = dir.write("gb.jsonl", testing::encode("{\"text\": \"清河市召开会议。\"}\n", "GB18030"));
  ReadRun run = read({path});
  ASSERT_EQ(run.documents.size(), 1u);
  EXPECT_EQ(run.documents[0].text, "清河市召开会议。");
}

}  // namespace
}  // namespace guanxi
