// guanxi explain SUBJECT PREDICATE OBJECT: the sentences and rules behind a triple.
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "core/json.h"

namespace guanxi::cli {

namespace {

constexpr CommandSpec kSpec = {
    "explain", "[--db DIR] SUBJECT PREDICATE OBJECT [--format text|jsonl]",
    "Shows the evidence of a triple: for each sentence that gave it, the document, the\n"
    "article, the date, the rule, and the sentence as the article printed it.",
    "SUBJECT and OBJECT are node ids (person:谢文博) or labels (every node with that label).\n"
    "Exit code 1 when the store holds no such triple.\n"};

// The node ids `text` may mean: the nodes labelled `text`, else `text` itself as an id.
Result<std::vector<std::string>> candidates(const Store& store, const std::string& text) {
  GUANXI_ASSIGN_OR_RETURN(std::vector<Node> nodes, store.find_nodes(text, std::nullopt));
  std::vector<std::string> ids;
  for (const Node& n : nodes) ids.push_back(n.id);
  if (ids.empty()) ids.push_back(text);
  return ids;
}

}  // namespace

int run_explain(int argc, char** argv) {
  po::options_description options("options");
  add_db_option(options);
  options.add_options()
      ("subject", po::value<std::string>()->required()->value_name("SUBJECT"), "subject (id or label)")
      ("predicate", po::value<std::string>()->required()->value_name("PREDICATE"), "predicate")
      ("object", po::value<std::string>()->required()->value_name("OBJECT"), "object (id or label)")
      ("format", po::value<std::string>()->default_value("text")->value_name("text|jsonl"), "output format");
  po::positional_options_description positional;
  positional.add("subject", 1).add("predicate", 1).add("object", 1);
  po::variables_map vm;
  if (auto exit = parse_command_line(argc, argv, kSpec, options, positional, vm)) return *exit;
  const std::string format = vm["format"].as<std::string>();
  if (format != "text" && format != "jsonl") {
    std::cerr << "guanxi explain: --format must be text or jsonl, not '" << format << "'\n";
    return kExitError;
  }
  auto store = open_store_or_report(vm, /*read_only=*/true);
  if (!store) return kExitError;
  auto subjects = candidates(*store, vm["subject"].as<std::string>());
  auto objects = candidates(*store, vm["object"].as<std::string>());
  if (!subjects.ok() || !objects.ok()) {
    report_error("explain", subjects.ok() ? objects.status() : subjects.status());
    return kExitError;
  }
  uint64_t found = 0;
  std::string out;
  for (const std::string& s : *subjects) {
    for (const std::string& o : *objects) {
      TriplePattern p;
      p.subject = s;
      p.predicate = vm["predicate"].as<std::string>();
      p.object = o;
      Status st = store->scan(p, [&](const Triple& t) {
        ++found;
        if (format == "jsonl") {
          append_triple_json(out, t);
          out += '\n';
          return true;
        }
        const Provenance& e = t.provenance;
        if (found == 1) {
          out += t.subject.label + " (" + t.subject.id + ") --" + t.predicate + "--> " + t.object.label + " (" +
                 t.object.id + ")\n";
        }
        out += "\n  [" + std::to_string(found) + "] " + (e.date.empty() ? std::string("date unknown") : e.date) +
               "  rule " + e.rule + "\n      article " + e.article + "  bytes " + std::to_string(e.begin) + "-" +
               std::to_string(e.end) + "\n      " + e.sentence + "\n";
        return true;
      });
      if (!st.ok()) {
        report_error("explain", st);
        return kExitError;
      }
    }
  }
  if (found == 0) {
    std::cerr << "guanxi explain: no triple " << vm["subject"].as<std::string>() << " "
              << vm["predicate"].as<std::string>() << " " << vm["object"].as<std::string>() << " in the store\n";
    return kExitPartial;
  }
  std::cout << out;
  return kExitOk;
}

}  // namespace guanxi::cli
