#include "core/node.h"

namespace guanxi {

std::string_view node_type_name(NodeType type) {
  switch (type) {
    case NodeType::kPerson: return "person";
    case NodeType::kEvent: return "event";
    case NodeType::kTitle: return "title";
    case NodeType::kOrg: return "org";
    case NodeType::kPlace: return "place";
    case NodeType::kProject: return "project";
    case NodeType::kArticle: return "article";
    case NodeType::kDate: return "date";
  }
  return "unknown";
}

std::optional<NodeType> parse_node_type(std::string_view name) {
  for (NodeType t : kAllNodeTypes) {
    if (node_type_name(t) == name) return t;
  }
  return std::nullopt;
}

Node Node::Named(NodeType type, std::string label) {
  Node n;
  n.type = type;
  n.id = std::string(node_type_name(type)) + ":" + label;
  n.label = std::move(label);
  return n;
}

Node Node::Event(std::string label, std::string_view article_id, int occurrence) {
  Node n;
  n.type = NodeType::kEvent;
  n.id = "event:" + label + "@" + std::string(article_id);
  if (occurrence > 0) {
    n.id += '#';  // (two appends: "#" + to_string trips GCC 12's -Wrestrict false positive)
    n.id += std::to_string(occurrence);
  }
  n.label = std::move(label);
  return n;
}

bool Node::is_event_of(std::string_view article_id) const {
  if (type != NodeType::kEvent || article_id.empty()) return false;
  const size_t at = id.rfind('@');
  if (at == std::string::npos) return false;
  const std::string_view rest = std::string_view(id).substr(at + 1);  // article [#occurrence]
  if (!rest.starts_with(article_id)) return false;
  const std::string_view occurrence = rest.substr(article_id.size());
  if (occurrence.empty()) return true;
  return occurrence.size() > 1 && occurrence[0] == '#' &&
         occurrence.find_first_not_of("0123456789", 1) == std::string_view::npos;
}

Node Node::Article(std::string_view article_id, std::string label) {
  Node n;
  n.type = NodeType::kArticle;
  n.id = "article:" + std::string(article_id);
  n.label = std::move(label);
  return n;
}

}  // namespace guanxi
