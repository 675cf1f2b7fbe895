#include "extract/printed_labels.h"

#include <unordered_map>

#include "extract/normalize.h"

namespace guanxi {
namespace {

bool is_layout_space(std::string_view s, size_t i, size_t* width) {
  const char c = s[i];
  if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
    *width = 1;
    return true;
  }
  if (s.substr(i, 3) == "\xE3\x80\x80") {  // U+3000 ideographic space
    *width = 3;
    return true;
  }
  return false;
}

class Printer {
 public:
  Printer(const Article& article, std::string_view document_text)
      : article_(article), doc_(document_text) {
    // Fast path: a body that the reader copied unchanged (simplified text, no joined lines)
    // prints exactly as it is matched.
    unchanged_ = article.origin.size() == article.text.size() + 1 && !article.text.empty() &&
                 article.origin.front() + article.text.size() <= doc_.size() &&
                 doc_.substr(article.origin.front(), article.text.size()) == article.text;
  }

  // True when the body prints exactly as it is matched: nothing to do.
  bool unchanged() const { return unchanged_; }

  // REQUIRES: !unchanged() (an unchanged body prints as it is matched).
  const std::string& printed(const std::string& label) {
    if (label.empty()) return label;
    auto [it, inserted] = cache_.try_emplace(label, label);
    if (inserted) it->second = lookup(label);
    return it->second;
  }

 private:
  std::string lookup(const std::string& label) const {
    const size_t p = article_.text.find(label);
    if (p == std::string::npos || article_.origin.size() != article_.text.size() + 1) return label;
    const size_t begin = article_.origin[p];
    const size_t end = article_.origin[p + label.size()];
    if (end < begin || end > doc_.size()) return label;
    const std::string_view raw = doc_.substr(begin, end - begin);
    std::string printed;
    printed.reserve(raw.size());
    for (size_t i = 0, w = 0; i < raw.size();) {
      if (is_layout_space(raw, i, &w)) {
        i += w;
      } else {
        printed += raw[i++];
      }
    }
    return normalize_text(printed) == label ? printed : label;
  }

  const Article& article_;
  std::string_view doc_;
  bool unchanged_ = false;
  std::unordered_map<std::string, std::string> cache_;
};

bool printable(NodeType t) {
  switch (t) {
    case NodeType::kPerson:
    case NodeType::kOrg:
    case NodeType::kPlace:
    case NodeType::kProject:
    case NodeType::kTitle:
    case NodeType::kEvent:
      return true;
    case NodeType::kArticle:
    case NodeType::kDate:
      return false;
  }
  return false;
}

// A named node's id from its label's normalized form: "person:麥嘉欣" -> "person:麦嘉欣".
// (Labels can arrive printed, e.g. a reporter's name from the byline.)
void canonicalize_id(Node& n) {
  const std::string prefix = std::string(node_type_name(n.type)) + ":";
  if (n.type == NodeType::kEvent || n.id.compare(0, prefix.size(), prefix) != 0) return;
  std::string canonical = prefix + normalize_text(std::string_view(n.id).substr(prefix.size()));
  if (canonical != n.id) n.id = std::move(canonical);
}

}  // namespace

void apply_printed_labels(const Article& article, std::string_view document_text,
                          std::vector<Triple>& triples) {
  Printer printer(article, document_text);
  if (printer.unchanged()) return;  // simplified, half-width text: labels and ids are final
  for (Triple& t : triples) {
    for (Node* n : {&t.subject, &t.object}) {
      if (!printable(n->type)) continue;
      canonicalize_id(*n);
      n->label = printer.printed(n->label);
    }
  }
}

}  // namespace guanxi
