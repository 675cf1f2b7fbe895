#include "extract/reader.h"

#include <fnmatch.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "core/hash.h"
#include "extract/dates.h"
#include "extract/decode.h"
#include "extract/jsonl.h"

namespace guanxi {

namespace fs = std::filesystem;

std::string ReadError::to_string() const {
  return source + ": byte " + std::to_string(offset) + ": " + message;
}

namespace {

// Lines of a stdio stream with POSIX getline: each line with its '\n' (the last may have
// none), in a buffer reused from line to line.
class LineReader {
 public:
  explicit LineReader(std::FILE* f) : f_(f) {}
  ~LineReader() { std::free(buf_); }
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line (valid until the next call), or false at the end or on an error.
  bool next(std::string_view& line) {
    const ssize_t n = ::getline(&buf_, &cap_, f_);
    if (n < 0) return false;
    line = std::string_view(buf_, static_cast<size_t>(n));
    return true;
  }
  bool failed() const { return std::ferror(f_) != 0; }

 private:
  std::FILE* f_;
  char* buf_ = nullptr;
  size_t cap_ = 0;
};

class Reader {
 public:
  Reader(const ReadOptions& options, const DocumentSink& on_document, const ReadErrorSink& on_error)
      : options_(options),
        include_(options.include.empty()
                     ? std::vector<std::string>(std::begin(kDefaultInclude), std::end(kDefaultInclude))
                     : options.include),
        on_document_(on_document),
        on_error_(on_error) {}

  void read_path(const std::string& path) {
    if (path == "-") {
      read_stream(path, stdin);
      return;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      error(path, 0, ec ? ec.message() : "no such file or directory");
      return;
    }
    if (fs::is_directory(st)) {
      read_directory(path);
    } else {
      read_file(path);
    }
  }

 private:
  void error(std::string source, uint64_t offset, std::string message) {
    on_error_(ReadError{std::move(source), offset, std::move(message)});
  }

  bool matches_any(const std::vector<std::string>& globs, const fs::path& rel) const {
    const std::string name = rel.filename().string();
    const std::string whole = rel.generic_string();
    for (const std::string& g : globs) {
      const bool path_glob = g.find('/') != std::string::npos;
      if (fnmatch(g.c_str(), path_glob ? whole.c_str() : name.c_str(), 0) == 0) return true;
    }
    return false;
  }

  // Walks a directory in sorted order without recursion (a stack of pending directories),
  // skipping hidden entries and not following symbolic links to directories (no loops).
  void read_directory(const fs::path& root) {
    std::vector<fs::path> stack{root};
    while (!stack.empty()) {
      const fs::path dir = stack.back();
      stack.pop_back();
      std::vector<fs::directory_entry> entries;
      std::error_code ec;
      for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        entries.push_back(*it);
      }
      if (ec) {
        error(dir.string(), 0, ec.message());
        continue;
      }
      std::sort(entries.begin(), entries.end(),
                [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
      std::vector<fs::path> subdirs;
      for (const auto& e : entries) {
        const fs::path rel = e.path().lexically_relative(root);
        if (e.path().filename().string().starts_with(".")) continue;
        if (matches_any(options_.exclude, rel)) continue;
        std::error_code sec;
        const fs::file_status link = e.symlink_status(sec);
        if (fs::is_directory(link)) {
          subdirs.push_back(e.path());
          continue;
        }
        if (fs::is_symlink(link) && fs::is_directory(e.status(sec))) continue;
        if (!fs::is_regular_file(e.status(sec))) continue;
        if (!matches_any(include_, rel)) continue;
        read_file(e.path().string());
      }
      // Push in reverse so the first subdirectory is read first: the whole walk is in
      // sorted order, files of a directory before its subdirectories.
      for (auto it = subdirs.rbegin(); it != subdirs.rend(); ++it) stack.push_back(*it);
    }
  }

  void read_file(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
      error(path, 0, std::strerror(errno));
      return;
    }
    read_stream(path, f);
    std::fclose(f);
  }

  // The rest of `f`, appended to `bytes`; false (and an error reported) when reading fails.
  bool slurp(const std::string& source, std::FILE* f, std::string& bytes) {
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
    if (std::ferror(f)) {
      error(source, bytes.size(), std::strerror(errno));
      return false;
    }
    return true;
  }

  // JSON Lines in UTF-8 (the common corpus) are read a line at a time: memory stays flat on
  // a corpus of gigabytes, `guanxi extract` streams, and a record with a bad byte is
  // rejected alone. Everything else is decoded whole.
  void read_stream(const std::string& source, std::FILE* f) {
    std::string bytes;
    if (!may_be_read_as_utf8(options_.encoding) || options_.format == InputFormat::kText) {
      if (slurp(source, f, bytes)) read_bytes(source, bytes);
      return;
    }
    LineReader lines(f);
    std::string_view first;
    if (!lines.next(first)) {
      if (!lines.failed()) read_bytes(source, bytes);  // empty input
      else error(source, 0, std::strerror(errno));
      return;
    }
    std::string_view first_record = first;
    if (first_record.starts_with("\xEF\xBB\xBF")) first_record.remove_prefix(3);
    const bool by_name = source.ends_with(".jsonl") || source.ends_with(".ndjson");
    const bool stream = !first.starts_with("\xFF\xFE") && !first.starts_with("\xFE\xFF") &&
                        first_invalid_utf8(first_record) == std::string_view::npos &&
                        (options_.format == InputFormat::kJsonLines || by_name ||
                         looks_like_json_lines(first_record));
    if (!stream) {
      bytes.assign(first);
      if (slurp(source, f, bytes)) read_bytes(source, bytes);
      return;
    }
    const std::string path_date = source == "-" ? "" : date_from_path(source);
    uint64_t offset = first.size() - first_record.size();
    size_t number = 1;
    std::string_view line = first_record;
    do {
      const uint64_t line_offset = offset;
      offset += line.size();
      if (line.ends_with('\n')) line.remove_suffix(1);
      if (line.ends_with('\r')) line.remove_suffix(1);
      const size_t bad = first_invalid_utf8(line);
      if (bad != std::string_view::npos) {
        error(source + ":" + std::to_string(number), line_offset + bad, "invalid UTF-8 sequence");
      } else {
        read_json_record(source, number, line, line_offset, path_date);
      }
      ++number;
    } while (lines.next(line));
    if (lines.failed()) error(source, offset, std::strerror(errno));
  }

  void read_bytes(const std::string& source, const std::string& bytes) {
    Decoded decoded = decode(bytes, options_.encoding);
    if (!decoded.ok) {
      error(source, decoded.offset, decoded.message);
      return;
    }
    InputFormat format = options_.format;
    if (format == InputFormat::kAuto) {
      const bool by_name = source.ends_with(".jsonl") || source.ends_with(".ndjson");
      format = by_name || looks_like_json_lines(decoded.text) ? InputFormat::kJsonLines : InputFormat::kText;
    }
    const std::string path_date = source == "-" ? "" : date_from_path(source);
    if (format == InputFormat::kText) {
      Document doc;
      doc.id = content_hash(decoded.text);
      doc.source = source;
      doc.date = !options_.date.empty() ? options_.date : path_date;
      doc.text = std::move(decoded.text);
      emit(source, 0, std::move(doc));
      return;
    }
    read_json_lines(source, decoded.text, path_date);
  }

  void read_json_lines(const std::string& source, const std::string& text, const std::string& path_date) {
    size_t pos = 0, number = 0;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string::npos) nl = text.size();
      ++number;
      read_json_record(source, number, std::string_view(text.data() + pos, nl - pos), pos, path_date);
      pos = nl + 1;
    }
  }

  // One JSON Lines record (a line without its '\n'), `offset` bytes into the input.
  void read_json_record(const std::string& source, size_t number, std::string_view line, uint64_t offset,
                        const std::string& path_date) {
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) return;
    const std::string where = source + ":" + std::to_string(number);
    JsonRecord r = parse_json_record(line);
    if (!r.ok) {
      error(where, offset + std::min(r.error_column, line.size()), r.error);
      return;
    }
    Document doc;
    doc.id = content_hash(r.text);
    doc.source = where;
    doc.title = std::move(r.title);
    doc.url = std::move(r.url);
    doc.origin = std::move(r.source);
    doc.record = std::move(r.id);
    // The record's own date is more specific than the file's name.
    if (!options_.date.empty()) {
      doc.date = options_.date;
    } else if (auto d = parse_publication_date(r.date)) {
      doc.date = *d;
    } else {
      doc.date = path_date;
    }
    doc.text = std::move(r.text);
    emit(where, offset, std::move(doc));
  }

  // Hands a document on, unless it is too large for the 32-bit offsets of Article::origin.
  void emit(const std::string& source, uint64_t offset, Document&& doc) {
    if (doc.text.size() >= UINT32_MAX) {
      error(source, offset, "document larger than 4 GiB");
      return;
    }
    on_document_(std::move(doc));
  }

  const ReadOptions& options_;
  const std::vector<std::string> include_;  // options_.include, or kDefaultInclude
  const DocumentSink& on_document_;
  const ReadErrorSink& on_error_;
};

}  // namespace

Status read_documents(const std::vector<std::string>& paths, const ReadOptions& options,
                      const DocumentSink& on_document, const ReadErrorSink& on_error) {
  GUANXI_RETURN_IF_ERROR(check_encoding(options.encoding));
  if (!options.date.empty() && parse_publication_date(options.date) != options.date) {
    return Status::InvalidArgument("publication date must be YYYY-MM-DD, not '" + options.date + "'");
  }
  Reader reader(options, on_document, on_error);
  for (const std::string& path : paths) reader.read_path(path);
  return Status::Ok();
}

}  // namespace guanxi
