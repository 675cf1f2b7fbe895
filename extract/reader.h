// Reader: turns files, directories and standard input into Documents.
//
// Inputs are plain text pages or JSON Lines corpora (one document per line: `text`, and
// optional `id`, `title`, `date`, `source`, `url`), in UTF-8 (BOM or not), GB18030/GBK,
// Big5-HKSCS or UTF-16 with a BOM (any encoding ICU knows when forced); line ends CRLF and
// CR become '\n'. Decoding goes through ICU and never
// drops a byte silently: a file that does not decode is reported with its name and the
// byte offset of the problem, and reading goes on with the next file.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace guanxi {

enum class InputFormat { kAuto, kText, kJsonLines };

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;  // kAuto: by extension (.jsonl/.ndjson) and content
  std::string encoding = "auto";            // "auto", "utf-8", "gb18030", "gbk", "utf-16le", ...
  std::string date;                         // publication date for every document ("" = none);
                                            // else from the file name or the JSON `date`
  std::vector<std::string> include;         // globs on file names inside directories ("*.txt");
                                            // empty = kDefaultInclude
  std::vector<std::string> exclude;         // globs on file names to skip
};

// What a directory walk reads when no `include` glob is given: documents, not the README,
// rule files or pictures that often sit beside them.
inline constexpr const char* kDefaultInclude[] = {"*.txt", "*.text", "*.jsonl", "*.ndjson", "*.json"};

// A problem with one input: which one, where, what.
struct ReadError {
  std::string source;   // path ("-" for standard input), "path:line" for a JSON Lines record
  uint64_t offset = 0;  // byte offset of the problem in the source
  std::string message;
  std::string to_string() const;  // "a.txt: byte 1234: invalid GB18030 sequence"
};

using DocumentSink = std::function<void(Document&&)>;
using ReadErrorSink = std::function<void(const ReadError&)>;

// Reads every path in order (directories recursively, in sorted order; "-" is standard
// input) and hands each document to `on_document`. An input that cannot be read or decoded
// goes to `on_error` and is skipped. Returns non-Ok only for a bad option (an unknown
// encoding name, a `date` that is not YYYY-MM-DD); per-input problems never stop the run.
//
// Details:
//   - Decoding and its detection rules: extract/decode.h. Document::text is the decoded
//     text with '\n' line ends, without a byte order mark; Document::id is
//     content_hash(text), so every encoding and line-end variant of a page has one id.
//   - Directories: entries sorted by name, files before subdirectories; names starting
//     with '.' are skipped; symbolic links to directories are not followed (no loops).
//     `include` globs (fnmatch; kDefaultInclude when none are given) apply to file names,
//     `exclude` globs to file and directory
//     names; a glob with '/' matches the path relative to the directory given. Paths given
//     explicitly are always read.
//   - Format: kAuto picks JSON Lines for *.jsonl / *.ndjson, or when the first non-blank
//     line is a JSON object with a string `text`; otherwise a text page.
//   - JSON Lines: Document::source is "path:line"; a bad record is a ReadError with that
//     source and the offset of the problem (the bad byte, the JSON syntax error, or the
//     line for a missing `text`; in the file for UTF-8 input, in the decoded text for
//     other encodings); the other records are read. UTF-8 JSON Lines (files and standard
//     input) are read a line at a time, so memory does not grow with the corpus. `id` (the
//     corpus's own) is ignored: Document::id is always the content hash.
//   - Publication date: `options.date`, else (JSON Lines) the record's `date` in any form
//     parse_publication_date() accepts, else a date in the path (date_from_path(), see
//     extract/dates.h), else "". The record's own date is more specific than a file name.
//
// Thread-safety: read_documents holds no state between calls; concurrent calls are safe
// (they share nothing but standard input).
Status read_documents(const std::vector<std::string>& paths, const ReadOptions& options,
                      const DocumentSink& on_document, const ReadErrorSink& on_error);

}  // namespace guanxi
