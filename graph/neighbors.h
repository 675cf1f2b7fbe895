// Neighbours: the nodes one edge away from a node in the store, with the predicates that
// link them (`guanxi neighbors NAME`): the events a person attended or chaired, the people
// met, the titles held, the places inspected ... Read straight from the store's indexes
// (by subject, then by object); only the store is shared, so any thread may call it.
#pragma once

#include <string>
#include <vector>

#include "core/node.h"
#include "core/status.h"
#include "graph/query.h"
#include "store/store.h"

namespace guanxi {

struct Neighbor {
  Node node;              // the node at the other end
  std::string predicate;  // "attended", "met", ...
  bool outgoing = true;   // true: centre -predicate-> node; false: node -predicate-> centre
  size_t evidence = 0;    // supporting sentences
  std::string date;       // earliest evidence date (ISO) or ""
};

struct Neighborhood {
  Node centre;
  std::vector<Neighbor> neighbors;  // most evidence first, then by predicate and label
};

// `name` is a person's name, a node id ("place:青川县"), or any other node's label (the
// first match when several nodes share it). `filters` applies its predicates, node types
// (of the neighbour) and date range; its person, depth and projection are ignored.
// NotFound when no node matches `name`.
Result<Neighborhood> neighbors(const Store& store, const std::string& name, const GraphQuery& filters);

}  // namespace guanxi
