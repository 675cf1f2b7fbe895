// JSON for the triple contract (`guanxi triples --format jsonl`, `guanxi extract`):
//
//   {"subject": {"id": "...", "type": "person", "label": "..."}, "predicate": "attended",
//    "object": {...}, "provenance": {"doc", "article", "sentence", "rule", "begin", "end",
//    "date", "record"}}
//
// "record" (the corpus's own id of a JSON Lines record, so that triples join back to it) is
// written only when the document has one.
//
// Writing is hand-rolled for speed (it is on the hot path of extract and export); reading
// uses nlohmann::json, which stays inside core/json.cc.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"
#include "core/triple.h"

namespace guanxi {

// Appends `s` as a JSON string literal (with quotes). Invalid UTF-8 bytes become U+FFFD so
// that the output always parses.
void append_json_string(std::string& out, std::string_view s);

// Appends a node as {"id": ..., "type": ..., "label": ...}.
void append_node_json(std::string& out, const Node& node);
// Appends the node's fields without braces ("id":...,"type":...,"label":...), for objects
// that carry more fields than the node's.
void append_node_fields(std::string& out, const Node& node);

// Appends one triple as a single-line JSON object (no trailing newline).
void append_triple_json(std::string& out, const Triple& triple);

// Parses one line written by append_triple_json (extra fields are ignored).
// InvalidArgument names the column of the problem.
Result<Triple> parse_triple_json(std::string_view line);

}  // namespace guanxi
