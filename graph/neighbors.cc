#include "graph/neighbors.h"

#include <algorithm>

namespace guanxi {
namespace {

Result<Node> find_node(const Store& store, const std::string& name) {
  // "type:label" names a node of that type.
  if (const size_t colon = name.find(':'); colon != std::string::npos) {
    if (auto type = parse_node_type(name.substr(0, colon))) {
      GUANXI_ASSIGN_OR_RETURN(std::vector<Node> nodes, store.find_nodes(name.substr(colon + 1), *type));
      for (Node& n : nodes) {
        if (n.id == name) return std::move(n);
      }
      if (!nodes.empty()) return std::move(nodes.front());
    }
  }
  GUANXI_ASSIGN_OR_RETURN(std::vector<Node> people, store.find_nodes(name, NodeType::kPerson));
  if (!people.empty()) return std::move(people.front());
  GUANXI_ASSIGN_OR_RETURN(std::vector<Node> any, store.find_nodes(name, std::nullopt));
  if (!any.empty()) return std::move(any.front());
  return Status::NotFound("no node named '" + name + "' in the store");
}

}  // namespace

Result<Neighborhood> neighbors(const Store& store, const std::string& name, const GraphQuery& filters) {
  Neighborhood result;
  GUANXI_ASSIGN_OR_RETURN(result.centre, find_node(store, name));
  auto admitted = [&](const Triple& t, const Node& other) {
    const auto& p = filters.predicates;
    const auto& types = filters.node_types;
    const std::string& d = t.provenance.date;
    return (p.empty() || std::find(p.begin(), p.end(), t.predicate) != p.end()) &&
           (types.empty() || std::find(types.begin(), types.end(), other.type) != types.end()) &&
           (filters.since.empty() || (!d.empty() && d >= filters.since)) &&
           (filters.until.empty() || (!d.empty() && d <= filters.until));
  };
  for (const bool outgoing : {true, false}) {
    TriplePattern pattern;
    (outgoing ? pattern.subject : pattern.object) = result.centre.id;
    pattern.since = filters.since;
    pattern.until = filters.until;
    const size_t first = result.neighbors.size();
    GUANXI_RETURN_IF_ERROR(store.scan(pattern, [&](const Triple& t) {
      const Node& other = outgoing ? t.object : t.subject;
      if (!admitted(t, other)) return true;
      // Records of one triple are adjacent: they add evidence to the last neighbour.
      if (result.neighbors.size() > first) {
        Neighbor& last = result.neighbors.back();
        if (last.predicate == t.predicate && last.node.id == other.id) {
          ++last.evidence;
          if (!t.provenance.date.empty() && (last.date.empty() || t.provenance.date < last.date)) {
            last.date = t.provenance.date;
          }
          return true;
        }
      }
      result.neighbors.push_back(Neighbor{other, t.predicate, outgoing, 1, t.provenance.date});
      return true;
    }));
  }
  std::stable_sort(result.neighbors.begin(), result.neighbors.end(), [](const Neighbor& a, const Neighbor& b) {
    if (a.evidence != b.evidence) return a.evidence > b.evidence;
    if (a.predicate != b.predicate) return a.predicate < b.predicate;
    return a.node.label < b.node.label;
  });
  return result;
}

}  // namespace guanxi
