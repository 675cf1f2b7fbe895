#include "core/json.h"

#include <nlohmann/json.hpp>

namespace guanxi {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when the bytes there are not one.
size_t utf8_sequence_length(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return 0;
  }
  return n;
}

Result<Node> node_from(const nlohmann::json& j, const char* side) {
  if (!j.is_object()) return Status::InvalidArgument(std::string(side) + " is not an object");
  Node n;
  n.id = j.value("id", "");
  n.label = j.value("label", "");
  auto type = parse_node_type(j.value("type", ""));
  if (!type) return Status::InvalidArgument(std::string(side) + " has an unknown node type");
  n.type = *type;
  if (n.id.empty()) return Status::InvalidArgument(std::string(side) + " has no id");
  return n;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      size_t n = utf8_sequence_length(s, i);
      if (n == 0) {
        out += "\xEF\xBF\xBD";  // U+FFFD
        ++i;
      } else {
        out.append(s.data() + i, n);
        i += n;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 0xf];
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  out += '"';
}

void append_node_fields(std::string& out, const Node& n) {
  out += "\"id\":";
  append_json_string(out, n.id);
  out += ",\"type\":\"";
  out += node_type_name(n.type);
  out += "\",\"label\":";
  append_json_string(out, n.label);
}

void append_node_json(std::string& out, const Node& n) {
  out += '{';
  append_node_fields(out, n);
  out += '}';
}

void append_triple_json(std::string& out, const Triple& t) {
  out += "{\"subject\":";
  append_node_json(out, t.subject);
  out += ",\"predicate\":";
  append_json_string(out, t.predicate);
  out += ",\"object\":";
  append_node_json(out, t.object);
  const Provenance& p = t.provenance;
  out += ",\"provenance\":{\"doc\":";
  append_json_string(out, p.doc);
  out += ",\"article\":";
  append_json_string(out, p.article);
  out += ",\"sentence\":";
  append_json_string(out, p.sentence);
  out += ",\"rule\":";
  append_json_string(out, p.rule);
  out += ",\"begin\":" + std::to_string(p.begin) + ",\"end\":" + std::to_string(p.end);
  out += ",\"date\":";
  append_json_string(out, p.date);
  if (!p.record.empty()) {
    out += ",\"record\":";
    append_json_string(out, p.record);
  }
  out += "}}";
}

Result<Triple> parse_triple_json(std::string_view line) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    return Status::InvalidArgument("invalid JSON at byte " + std::to_string(e.byte) + ": " + e.what());
  }
  if (!j.is_object()) return Status::InvalidArgument("a triple must be a JSON object");
  Triple t;
  try {
    GUANXI_ASSIGN_OR_RETURN(t.subject, node_from(j.value("subject", nlohmann::json()), "subject"));
    GUANXI_ASSIGN_OR_RETURN(t.object, node_from(j.value("object", nlohmann::json()), "object"));
    t.predicate = j.value("predicate", "");
    if (t.predicate.empty()) return Status::InvalidArgument("triple has no predicate");
    if (auto p = j.find("provenance"); p != j.end() && p->is_object()) {
      t.provenance.doc = p->value("doc", "");
      t.provenance.article = p->value("article", "");
      t.provenance.sentence = p->value("sentence", "");
      t.provenance.rule = p->value("rule", "");
      t.provenance.begin = p->value("begin", uint64_t{0});
      t.provenance.end = p->value("end", uint64_t{0});
      t.provenance.date = p->value("date", "");
      t.provenance.record = p->value("record", "");
    }
  } catch (const nlohmann::json::exception& e) {
    return Status::InvalidArgument(std::string("triple field of the wrong type: ") + e.what());
  }
  return t;
}

}  // namespace guanxi
