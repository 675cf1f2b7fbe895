#include "extract/jsonl.h"

#include <nlohmann/json.hpp>
#include <tuple>

#include "extract/decode.h"

namespace guanxi {

namespace {

// A string field, or "" when absent/null; false when present with another type.
bool string_field(const nlohmann::json& obj, const char* name, std::string& out, bool allow_number) {
  auto it = obj.find(name);
  if (it == obj.end() || it->is_null()) return true;
  if (it->is_string()) {
    out = it->get<std::string>();
    return true;
  }
  if (allow_number && it->is_number()) {
    out = it->dump();
    return true;
  }
  return false;
}

}  // namespace

JsonRecord parse_json_record(std::string_view line) {
  JsonRecord r;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line.begin(), line.end());
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte is 1-based; e.what() says "[json.exception.parse_error.101] parse error at line
    // 1, column 5: syntax error ..."; keep what follows the position.
    std::string what = e.what();
    const size_t p = what.find(": ", what.find("column"));
    r.error_column = e.byte > 0 ? e.byte - 1 : 0;
    r.error = "invalid JSON at column " + std::to_string(e.byte) + ": " +
              (p == std::string::npos ? what : what.substr(p + 2));
    return r;
  }
  if (!j.is_object()) {
    r.error = "not a JSON object";
    return r;
  }
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) {
    r.error = "no string field `text`";
    return r;
  }
  r.text = text->get<std::string>();
  normalize_line_ends(r.text);
  for (auto [name, out, number] : {std::tuple{"id", &r.id, true}, std::tuple{"title", &r.title, false},
                                   std::tuple{"date", &r.date, false}, std::tuple{"source", &r.source, false},
                                   std::tuple{"url", &r.url, false}}) {
    if (!string_field(j, name, *out, number)) {
      r.error = std::string("field `") + name + "` is not a string";
      return r;
    }
  }
  r.ok = true;
  return r;
}

bool looks_like_json_lines(std::string_view text) {
  size_t b = 0;
  while (b < text.size() && (text[b] == ' ' || text[b] == '\t' || text[b] == '\n')) ++b;
  if (b >= text.size() || text[b] != '{') return false;
  size_t e = text.find('\n', b);
  if (e == std::string_view::npos) e = text.size();
  return parse_json_record(text.substr(b, e - b)).ok;
}

}  // namespace guanxi
