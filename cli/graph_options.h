// The graph-selection flags shared by `export`, `render`, `path`, `neighbors` and `top`:
// --predicate, --type, --since, --until, --person, --depth, --projection.
#pragma once

#include "cli/common.h"
#include "graph/query.h"

namespace guanxi::cli {

struct GraphFlags {
  bool ego = true;        // --person NAME --depth K
  bool projection = true; // --projection triples|people
  bool types = true;      // --type
};

void add_graph_options(po::options_description& options, const GraphFlags& flags = {});

// The query the flags describe (absent flags keep GraphQuery's defaults). InvalidArgument
// for a bad date, node type, projection or depth.
Result<GraphQuery> graph_query_from(const po::variables_map& vm);

// Exit code for a failed query: 1 when the person is unknown (NotFound), else 2.
int exit_code_for(const Status& status);

}  // namespace guanxi::cli
