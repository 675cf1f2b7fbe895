// Node: one vertex of the knowledge graph (a person, an event, a place ...).
//
// A node is identified by `id`, which is stable across runs and documents:
//   person, title, org, place, project, date:  "<type>:<canonical label>"
//   event:   "event:<label>@<article id>[#n]"  (one occurrence, never merged across articles)
//   article: "article:<article id>"
// `label` is what people read (the canonical name); both are UTF-8.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace guanxi {

enum class NodeType { kPerson, kEvent, kTitle, kOrg, kPlace, kProject, kArticle, kDate };

inline constexpr NodeType kAllNodeTypes[] = {NodeType::kPerson, NodeType::kEvent,  NodeType::kTitle,
                                             NodeType::kOrg,    NodeType::kPlace,  NodeType::kProject,
                                             NodeType::kArticle, NodeType::kDate};

// "person", "event", ... (the names of the JSON Lines contract).
std::string_view node_type_name(NodeType type);
// The inverse of node_type_name; nullopt for an unknown name.
std::optional<NodeType> parse_node_type(std::string_view name);

struct Node {
  std::string id;
  NodeType type = NodeType::kPerson;
  std::string label;

  // A node whose id is "<type>:<label>" (every type but event and article).
  static Node Named(NodeType type, std::string label);
  // One occurrence of an event, scoped to the article it was reported in; `occurrence`
  // distinguishes events of the same name held separately in one article (0 = the first).
  static Node Event(std::string label, std::string_view article_id, int occurrence = 0);
  // Whether this is an event node made by Event(…, article_id, …). Article ids are
  // "<doc>#<n>"; the occurrence adds "#<k>", so "d#2#1" is of article "d#2", not "d#2#".
  bool is_event_of(std::string_view article_id) const;
  static Node Article(std::string_view article_id, std::string label);

  friend bool operator==(const Node&, const Node&) = default;
};

}  // namespace guanxi
