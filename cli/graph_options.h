// The graph-selection flags shared by `export`, `render`, `path`, `neighbors` and `top`:
// --predicate, --type, --since, --until, --person, --depth, --projection; and the output
// helpers of the query commands (--format text|json, nodes as JSON).
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

// --format text|json (default text) for the query commands; InvalidArgument otherwise.
void add_text_json_option(po::options_description& options);
Result<bool> json_requested(const po::variables_map& vm);

// {"id":...,"type":...,"label":...} (plus "date" when `date` is not empty).
void append_dated_node_json(std::string& out, const Node& node, const std::string& date);

}  // namespace guanxi::cli
