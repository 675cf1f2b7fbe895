// JSON Lines records: one document per line, {"text": "...", "id": ..., "title": ...,
// "date": ..., "source": ..., "url": ...}. Only `text` is required; unknown fields are
// ignored. nlohmann::json stays inside jsonl.cc.
//
// Thread-safe (pure). Failure: a line that is not a JSON object, or has no string `text`,
// or a field of the wrong type, gives an error message naming the column or the field.
#pragma once

#include <string>
#include <string_view>

#include "core/document.h"

namespace guanxi {

struct JsonRecord {
  bool ok = false;
  std::string error;     // when !ok: "invalid JSON at column 17: syntax error ..." or
                         // "no string field `text`"
  size_t error_column = 0;  // when !ok: byte in the line where the problem is (0-based)
  std::string text;      // `text`, line ends normalized to '\n'
  std::string id;        // the corpus's own id (`id`, string or number), or ""
  std::string title, date, source, url;  // as written ("" when absent)
};

JsonRecord parse_json_record(std::string_view line);

// True when `text` looks like JSON Lines: its first non-blank line parses as a JSON object
// with a string `text`.
bool looks_like_json_lines(std::string_view text);

}  // namespace guanxi
