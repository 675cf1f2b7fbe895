#include "extract/engine/pattern.h"

#include <re2/re2.h>

#include <algorithm>

namespace guanxi::engine {

namespace {

bool ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool ident_char(char c) { return ident_start(c) || (c >= '0' && c <= '9'); }

// Calls on_ref(begin, end, name) for each reference [begin, end) in `p`.
template <class F>
void scan_references(std::string_view p, F on_ref) {
  bool in_class = false;
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '[' && !in_class) {  // a class: "[]...]" and "[^]...]" begin with a literal ']'
      in_class = true;
      if (i + 1 < p.size() && p[i + 1] == '^') ++i;
      if (i + 1 < p.size() && p[i + 1] == ']') ++i;
      continue;
    }
    if (p[i] == ']' && in_class) {
      in_class = false;
      continue;
    }
    if (p[i] == '\\') {  // an escape: `\{`, `\p{Han}`, `\P{Han}`, `\x{FF08}` are not references
      if (i + 1 < p.size() && (p[i + 1] == 'p' || p[i + 1] == 'P' || p[i + 1] == 'x') && i + 2 < p.size() &&
          p[i + 2] == '{') {
        size_t close = p.find('}', i + 3);
        i = close == std::string_view::npos ? p.size() : close;
      } else {
        ++i;
      }
      continue;
    }
    if (p[i] != '{' || i + 1 >= p.size() || !ident_start(p[i + 1])) continue;
    size_t j = i + 1;
    while (j < p.size() && ident_char(p[j])) ++j;
    if (j < p.size() && p[j] == '}') {
      on_ref(i, j + 1, std::string(p.substr(i + 1, j - i - 1)), in_class);
      i = j;
    }
  }
}

}  // namespace

std::vector<std::string> pattern_references(std::string_view pattern) {
  std::vector<std::string> out;
  scan_references(pattern, [&](size_t, size_t, std::string name, bool) { out.push_back(std::move(name)); });
  return out;
}

std::optional<std::string> expand_references(
    std::string_view pattern,
    const std::function<std::optional<std::string>(const std::string&)>& resolve, std::string* out) {
  out->clear();
  size_t last = 0;
  std::optional<std::string> error;
  scan_references(pattern, [&](size_t begin, size_t end, const std::string& name, bool in_class) {
    if (error) return;
    if (in_class) {
      error = "{" + name + "} inside a character class [...]: a class holds single characters; write (?:{" + name +
              "}|[...]) instead";
      return;
    }
    std::optional<std::string> body = resolve(name);
    if (!body) {
      error = "unknown lexicon or fragment {" + name + "}";
      return;
    }
    out->append(pattern.substr(last, begin - last));
    out->append("(?:").append(*body).append(")");
    last = end;
  });
  if (error) return error;
  out->append(pattern.substr(last));
  return std::nullopt;
}

bool rewrite_trailing_lookahead(std::string* pattern) {
  const std::string& p = *pattern;
  std::vector<size_t> open;  // positions of unclosed '('
  size_t last_open = std::string::npos, last_close = std::string::npos;
  bool in_class = false;
  for (size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\') {
      ++i;
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      continue;
    }
    if (c == '[') {
      in_class = true;
      if (i + 1 < p.size() && p[i + 1] == ']') ++i;  // "[]...]" literal ']'
      continue;
    }
    if (c == '(') open.push_back(i);
    if (c == ')' && !open.empty()) {
      last_open = open.back();
      last_close = i;
      open.pop_back();
      if (!open.empty()) last_open = last_close = std::string::npos;
    }
  }
  if (last_close != p.size() - 1 || last_open == std::string::npos) return false;
  if (p.compare(last_open, 3, "(?=") != 0) return false;
  pattern->replace(last_open, 3, "(?P<__ahead>");
  return true;
}

std::string lexicon_alternation(const std::vector<std::string>& entries) {
  if (entries.empty()) return "[^\\x00-\\x{10FFFF}]";  // matches nothing
  std::vector<std::string> sorted = entries;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out;
  for (const std::string& e : sorted) {
    if (!out.empty()) out += '|';
    out += RE2::QuoteMeta(e);
  }
  return out;
}

}  // namespace guanxi::engine
