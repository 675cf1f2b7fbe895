// Helpers for the export tests: temporary files, running the real tools (dot, xmllint,
// python3 with networkx) on what the writers produced, and the graphs the tests export.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "tests/common/temp_dir.h"

namespace guanxi::export_testing {

using guanxi::testing::TempDir;

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void write_file(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// Runs `command` through the shell; returns its exit status (-1 when it did not exit).
inline int run(const std::string& command) {
  int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

struct Output {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs `command` with /bin/sh, capturing both streams (through files in `dir`).
inline Output run_capture(const TempDir& dir, const std::string& command) {
  Output r;
  r.exit_code = run("(" + command + ") > " + dir.file("run-out") + " 2> " + dir.file("run-err"));
  r.out = read_file(dir.file("run-out"));
  r.err = read_file(dir.file("run-err"));
  return r;
}

// Shell quoting for paths.
inline std::string sh(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Labels that have broken writers: quotes, backslashes (also last), newlines, markup,
// DOT keywords, leading digits and dashes, control characters, invalid UTF-8, U+FFFE, NUL,
// CDATA ends, entities, an empty label.
inline std::vector<std::string> hostile_labels() {
  return {
      "say \"hi\" \\ to \\\"them\\\"",
      "ends with a backslash \\",
      "line one\nline two\r\nline three",
      "<b>bold</b> & <i>&amp;</i> &lt;",
      "node",
      "graph",
      "strict",
      "digraph",
      "subgraph",
      "edge",
      "-1 starts with a dash",
      "42",
      "->",
      "{ } [ ] ; = , : #",
      "bell\x07 escape\x1b[31m red\x7f del",
      std::string("nul\0inside", 10),
      "bad \xff\xfe utf-8 \xc3",
      "non-character \xEF\xBF\xBE here",
      "]]> and <![CDATA[",
      "&#0; &#x1; &bogus;",
      "中文\"混合\\标签\n第二行",
      "",
  };
}

enum class Format { kDot, kXml, kJson };

// What a label reads as after a writer repaired it. All: invalid UTF-8 becomes U+FFFD.
// DOT: control characters dropped but newline (a line break) and tab (a space); U+FFFE
// replaced. XML: control characters dropped but tab, newline, carriage return; U+FFFE
// replaced. JSON: everything else kept (escaped).
inline std::string repaired(const std::string& label, Format format) {
  std::string out;
  for (size_t i = 0; i < label.size(); ++i) {
    const auto c = static_cast<unsigned char>(label[i]);
    if (c == 0xff || c == 0xfe || (c == 0xc3 && i + 1 == label.size())) {
      out += "\xEF\xBF\xBD";
    } else if (format == Format::kJson) {
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += format == Format::kDot ? ' ' : '\t';
    } else if (c == '\n' || (c == '\r' && format == Format::kXml)) {
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7f) {
      continue;
    } else if (c == 0xEF && label.compare(i, 3, "\xEF\xBF\xBE") == 0) {
      out += "\xEF\xBF\xBD";
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// A graph whose every node label (and id) is one of hostile_labels(), in a chain, with the
// edge predicates hostile too.
inline Graph hostile_graph() {
  Graph g;
  const auto labels = hostile_labels();
  size_t previous = 0;
  for (size_t i = 0; i < labels.size(); ++i) {
    Node n;
    n.type = kAllNodeTypes[i % std::size(kAllNodeTypes)];
    n.id = "id:" + labels[i];
    n.label = labels[i];
    size_t idx = g.add_node(n, i % 3 == 0 ? labels[i] : "");
    if (i > 0) {
      GraphEdge e;
      e.source = previous;
      e.target = idx;
      e.predicate = labels[(i * 7) % labels.size()];
      e.weight = static_cast<double>(i);
      e.evidence = i;
      e.date = "2024-01-0" + std::to_string(i % 9 + 1);
      e.events = {labels[i], "会议"};
      g.add_edge(std::move(e));
    }
    previous = idx;
  }
  return g;
}

// A small realistic graph: two invented officials, two events, a place and a title.
inline Graph small_graph() {
  Graph g;
  auto node = [&](NodeType t, const std::string& label, const std::string& date = "") {
    return g.add_node(Node::Named(t, label), date);
  };
  const size_t lin = node(NodeType::kPerson, "林振华");
  const size_t zhou = node(NodeType::kPerson, "周明远");
  const size_t meeting = g.add_node(Node::Event("全市招商引资推进会", "d1#0"), "2024-03-01");
  const size_t forum = g.add_node(Node::Event("乡村振兴工作座谈会", "d2#0"), "2024-03-10");
  const size_t place = node(NodeType::kPlace, "青川县");
  const size_t title = node(NodeType::kTitle, "市委书记");
  auto edge = [&](size_t s, size_t t, const char* p, size_t evidence, const char* date) {
    GraphEdge e;
    e.source = s;
    e.target = t;
    e.predicate = p;
    e.evidence = evidence;
    e.date = date;
    g.add_edge(std::move(e));
  };
  edge(lin, meeting, "chaired", 2, "2024-03-01");
  edge(lin, meeting, "attended", 1, "2024-03-01");
  edge(zhou, meeting, "attended", 1, "2024-03-01");
  edge(zhou, forum, "attended", 1, "2024-03-10");
  edge(zhou, place, "inspected", 1, "2024-03-10");
  edge(lin, title, "holds_title", 3, "2024-03-01");
  return g;
}

}  // namespace guanxi::export_testing
