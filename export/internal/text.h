// Private to export/: the output buffer every writer streams through, and the one place
// that turns arbitrary bytes into text a format accepts.
//
// Sink gathers output in a buffer of about 1 MiB and hands it to the std::ostream chunk by
// chunk, so a writer never holds more than one chunk and never a copy of the graph.
// append_text copies valid UTF-8 through, replaces every invalid sequence (bad bytes,
// overlong forms, surrogates, U+FFFE/U+FFFF) by U+FFFD, and asks the format what to write
// for each ASCII byte: its escape table maps a byte to a replacement (possibly "", to drop
// it) or to nullptr (copy it). Not thread-safe; one Sink per output.
#pragma once

#include <array>
#include <charconv>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "core/status.h"
#include "graph/graph.h"

namespace guanxi::export_internal {

// For each ASCII byte: the text to write instead, or nullptr to copy the byte.
using EscapeTable = std::array<const char*, 128>;

// A table that drops every control character but tab and newline, which become `tab` and
// `newline`; callers add their own entries on top.
constexpr EscapeTable control_escapes(const char* tab, const char* newline) {
  EscapeTable t{};
  for (int c = 0; c < 0x20; ++c) t[c] = "";
  t[0x7f] = "";
  t['\t'] = tab;
  t['\n'] = newline;
  return t;
}

// Length of the well-formed UTF-8 sequence of a non-ASCII lead byte at s[i] (2..4), or 0
// (bad lead byte, truncated, overlong, surrogate, beyond U+10FFFF).
size_t utf8_sequence_length(std::string_view s, size_t i);

// Appends `s` to `out`, escaping ASCII through `table` and repairing invalid UTF-8.
void append_text(std::string& out, std::string_view s, const EscapeTable& table);

// Writers that print node ids per edge read two random nodes per edge: on a large graph
// each read is a cache miss, twice (the node, then its id's characters). Call this for edge
// i before writing it: it fetches the nodes of edge i+16 and the ids of edge i+8, so that
// they are in cache when their turn comes (measured: DOT of 1M edges 1.5 s -> see
// docs/export.md). Always inlined: GCC otherwise finds the function free of side effects
// and deletes the calls.
[[gnu::always_inline]] inline void prefetch_edge_ends(const Graph& graph, size_t i) {
  constexpr size_t kNodesAhead = 16, kIdsAhead = 8;
  const auto& edges = graph.edges();
  const auto& nodes = graph.nodes();
  if (i + kNodesAhead < edges.size()) {
    __builtin_prefetch(&nodes[edges[i + kNodesAhead].source]);
    __builtin_prefetch(&nodes[edges[i + kNodesAhead].target]);
  }
  if (i + kIdsAhead < edges.size()) {
    __builtin_prefetch(nodes[edges[i + kIdsAhead].source].node.id.data());
    __builtin_prefetch(nodes[edges[i + kIdsAhead].target].node.id.data());
  }
}

class Sink {
 public:
  explicit Sink(std::ostream& out) : out_(out) { buffer_.reserve(kChunk + 4096); }
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;

  // The buffer to append to; call maybe_flush() after each record.
  std::string& buffer() { return buffer_; }
  Sink& operator<<(std::string_view s) {
    buffer_.append(s);
    return *this;
  }
  Sink& operator<<(char c) {
    buffer_.push_back(c);
    return *this;
  }
  Sink& number(size_t n) {
    char tmp[24];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, n);
    buffer_.append(tmp, r.ptr);
    return *this;
  }
  Sink& number(double d) {
    char tmp[32];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, d);
    buffer_.append(tmp, r.ptr);
    return *this;
  }
  Sink& text(std::string_view s, const EscapeTable& table) {
    append_text(buffer_, s, table);
    return *this;
  }
  void maybe_flush() {
    if (buffer_.size() >= kChunk) flush();
  }
  // Writes what is left; IOError naming `what` when the stream failed at any point.
  Status finish(std::string_view what);

 private:
  static constexpr size_t kChunk = size_t{1} << 20;
  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

  std::ostream& out_;
  std::string buffer_;
};

}  // namespace guanxi::export_internal
