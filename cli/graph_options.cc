#include "cli/graph_options.h"

#include <regex>

#include "core/json.h"

namespace guanxi::cli {
namespace {

// Splits repeatable, comma-separated values ("--predicate attended,chaired --predicate met").
std::vector<std::string> list_of(const po::variables_map& vm, const char* name) {
  std::vector<std::string> out;
  if (!vm.count(name)) return out;
  for (const std::string& value : vm[name].as<std::vector<std::string>>()) {
    size_t begin = 0;
    while (begin <= value.size()) {
      size_t end = value.find(',', begin);
      if (end == std::string::npos) end = value.size();
      if (end > begin) out.push_back(value.substr(begin, end - begin));
      begin = end + 1;
    }
  }
  return out;
}

Status check_date(const std::string& flag, const std::string& value) {
  static const std::regex kIso(R"(\d{4}-\d{2}-\d{2})");
  if (value.empty() || std::regex_match(value, kIso)) return Status::Ok();
  return Status::InvalidArgument("--" + flag + " must be YYYY-MM-DD, not '" + value + "'");
}

}  // namespace

void add_graph_options(po::options_description& options, const GraphFlags& flags) {
  options.add_options()
    ("predicate", po::value<std::vector<std::string>>()->value_name("P[,P...]"),
     "keep only these predicates (repeatable; attended, chaired, met, inspected, ...)")
    ("since", po::value<std::string>()->value_name("YYYY-MM-DD"), "keep evidence dated on or after")
    ("until", po::value<std::string>()->value_name("YYYY-MM-DD"), "keep evidence dated on or before");
  if (flags.types) {
    options.add_options()("type", po::value<std::vector<std::string>>()->value_name("T[,T...]"),
                          "keep only nodes of these types (repeatable; person, event, title, org, "
                          "place, project, article, date); an edge needs both ends kept");
  }
  if (flags.ego) {
    options.add_options()
      ("person", po::value<std::string>()->value_name("NAME"),
       "only the ego network of this person (a name or a person: id)")
      ("depth", po::value<int>()->default_value(1)->value_name("K"),
       "ego network radius in person hops (person -> event -> person is one hop)");
  }
  if (flags.projection) {
    options.add_options()("projection", po::value<std::string>()->default_value("triples")->value_name("P"),
                          "triples: every stored triple as a typed edge (default); people: "
                          "person--person edges weighted by shared events");
  }
}

Result<GraphQuery> graph_query_from(const po::variables_map& vm) {
  GraphQuery q;
  q.predicates = list_of(vm, "predicate");
  for (const std::string& t : list_of(vm, "type")) {
    auto type = parse_node_type(t);
    if (!type) return Status::InvalidArgument("--type: unknown node type '" + t + "'");
    q.node_types.push_back(*type);
  }
  if (vm.count("since")) q.since = vm["since"].as<std::string>();
  if (vm.count("until")) q.until = vm["until"].as<std::string>();
  GUANXI_RETURN_IF_ERROR(check_date("since", q.since));
  GUANXI_RETURN_IF_ERROR(check_date("until", q.until));
  if (vm.count("person")) q.person = vm["person"].as<std::string>();
  if (vm.count("depth")) q.depth = vm["depth"].as<int>();
  if (q.depth < 0) return Status::InvalidArgument("--depth must be 0 or more");
  if (vm.count("projection")) {
    const std::string p = vm["projection"].as<std::string>();
    auto projection = parse_projection(p);
    if (!projection) return Status::InvalidArgument("--projection must be triples or people, not '" + p + "'");
    q.projection = *projection;
  }
  if (q.projection == Projection::kPeople && !q.node_types.empty()) {
    return Status::InvalidArgument("--type applies to --projection triples (the people projection holds people only)");
  }
  return q;
}

int exit_code_for(const Status& status) {
  return status.code() == StatusCode::kNotFound ? kExitPartial : kExitError;
}

void add_text_json_option(po::options_description& options) {
  options.add_options()("format", po::value<std::string>()->default_value("text")->value_name("FMT"),
                        "text or json");
}

Result<bool> json_requested(const po::variables_map& vm) {
  const std::string f = vm["format"].as<std::string>();
  if (f == "json") return true;
  if (f == "text") return false;
  return Status::InvalidArgument("--format must be text or json, not '" + f + "'");
}

void append_dated_node_json(std::string& out, const Node& node, const std::string& date) {
  out += '{';
  append_node_fields(out, node);
  if (!date.empty()) {
    out += ",\"date\":";
    append_json_string(out, date);
  }
  out += '}';
}

}  // namespace guanxi::cli
