// guanxi triples: list stored triples with their evidence, filtered by subject, predicate,
// object, node type and date range, as JSON Lines (the contract of core/json.h) or TSV.
#include <cerrno>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "core/json.h"

namespace guanxi::cli {

namespace {

constexpr CommandSpec kSpec = {
    "triples",
    "[--db DIR] [--subject NODE] [--predicate P] [--object NODE] [--type TYPE]\n"
    "       [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--format jsonl|tsv] [-o FILE]",
    "Lists the stored triples, one line per piece of evidence (a triple found in two\n"
    "sentences is listed twice, each with its sentence and rule).",
    "NODE is a node id (person:谢文博) or a label (谢文博; every node with that label).\n"
    "--type keeps triples whose subject or object has that node type.\n"
    "--since/--until bound the evidence's publication date (inclusive).\n"
    "JSON Lines: {\"subject\": {id, type, label}, \"predicate\", \"object\": {...},\n"
    "\"provenance\": {doc, article, sentence, rule, begin, end, date}}.\n"
    "TSV columns: subject_id subject_type subject_label predicate object_id object_type\n"
    "object_label date doc article rule sentence (tabs and newlines in text become spaces).\n"};

// The node ids NODE may mean: its own text as an id, plus every node labelled NODE.
Result<std::vector<std::string>> node_ids(const Store& store, const std::string& text) {
  std::vector<std::string> ids;
  GUANXI_ASSIGN_OR_RETURN(std::vector<Node> nodes, store.find_nodes(text, std::nullopt));
  for (const Node& n : nodes) ids.push_back(n.id);
  if (std::find(ids.begin(), ids.end(), text) == ids.end()) ids.push_back(text);
  return ids;
}

void append_tsv_field(std::string& out, std::string_view s) {
  for (char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

void append_tsv(std::string& out, const Triple& t) {
  const Provenance& p = t.provenance;
  const std::string_view fields[] = {t.subject.id, node_type_name(t.subject.type), t.subject.label, t.predicate,
                                     t.object.id,  node_type_name(t.object.type),  t.object.label,  p.date,
                                     p.doc,        p.article,                      p.rule,          p.sentence};
  bool first = true;
  for (std::string_view f : fields) {
    if (!first) out += '\t';
    first = false;
    append_tsv_field(out, f);
  }
}

}  // namespace

int run_triples(int argc, char** argv) {
  po::options_description options("options");
  add_db_option(options);
  options.add_options()
      ("subject", po::value<std::string>()->value_name("NODE"), "subject node id or label")
      ("predicate", po::value<std::string>()->value_name("P"), "predicate (attended, met, ...)")
      ("object", po::value<std::string>()->value_name("NODE"), "object node id or label")
      ("type", po::value<std::string>()->value_name("TYPE"), "node type of the subject or object")
      ("since", po::value<std::string>()->default_value("")->value_name("DATE"), "evidence dated on or after")
      ("until", po::value<std::string>()->default_value("")->value_name("DATE"), "evidence dated on or before")
      ("format", po::value<std::string>()->default_value("jsonl")->value_name("jsonl|tsv"), "output format")
      ("output,o", po::value<std::string>()->default_value("-")->value_name("FILE"), "output file (- = stdout)");
  po::positional_options_description positional;
  po::variables_map vm;
  if (auto exit = parse_command_line(argc, argv, kSpec, options, positional, vm)) return *exit;

  const std::string format = vm["format"].as<std::string>();
  if (format != "jsonl" && format != "tsv") {
    std::cerr << "guanxi triples: --format must be jsonl or tsv, not '" << format << "'\n";
    return kExitError;
  }
  std::optional<NodeType> type;
  if (vm.count("type")) {
    type = parse_node_type(vm["type"].as<std::string>());
    if (!type) {
      std::cerr << "guanxi triples: unknown node type '" << vm["type"].as<std::string>()
                << "' (person, event, title, org, place, project, article, date)\n";
      return kExitError;
    }
  }
  auto store = open_store_or_report(vm, /*read_only=*/true);
  if (!store) return kExitError;

  std::vector<std::optional<std::string>> subjects{std::nullopt}, objects{std::nullopt};
  for (auto [flag, list] : {std::pair{"subject", &subjects}, std::pair{"object", &objects}}) {
    if (!vm.count(flag)) continue;
    auto ids = node_ids(*store, vm[flag].as<std::string>());
    if (!ids.ok()) {
      report_error("triples", ids.status());
      return kExitError;
    }
    list->assign(ids->begin(), ids->end());
  }

  uint64_t lines = 0;
  Status status = write_output(vm["output"].as<std::string>(), [&](std::ostream& out) -> Status {
    std::string buf;
    for (const auto& subject : subjects) {
      for (const auto& object : objects) {
        TriplePattern pattern;
        pattern.subject = subject;
        pattern.object = object;
        if (vm.count("predicate")) pattern.predicate = vm["predicate"].as<std::string>();
        pattern.since = vm["since"].as<std::string>();
        pattern.until = vm["until"].as<std::string>();
        Status s = store->scan(pattern, [&](const Triple& t) {
          if (type && t.subject.type != *type && t.object.type != *type) return true;
          if (format == "jsonl") {
            append_triple_json(buf, t);
          } else {
            append_tsv(buf, t);
          }
          buf += '\n';
          ++lines;
          if (buf.size() > (1 << 16)) {
            out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
            buf.clear();
          }
          return static_cast<bool>(out);
        });
        GUANXI_RETURN_IF_ERROR(s);
      }
    }
    out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
    return Status::Ok();
  });
  if (!status.ok()) {
    if (errno == EPIPE) return kExitOk;  // the reader went away (`| head`): not an error
    report_error("triples", status);
    return kExitError;
  }
  return lines > 0 ? kExitOk : kExitPartial;
}

}  // namespace guanxi::cli
