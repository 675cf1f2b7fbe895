// guanxi who-met NAME: the people NAME met or was present with, most often first, each with
// the shared events (label, date) and a sentence that shows it.
#include <cerrno>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "core/json.h"
#include "graph/who_met.h"

namespace guanxi::cli {

namespace {

constexpr CommandSpec kSpec = {
    "who-met",
    "[--db DIR] NAME [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--format text|json]",
    "Lists the people NAME met (会见, 会谈 ...) or was present with (attended or chaired the\n"
    "same event), sorted by how often, with the events' labels, dates and evidence.",
    "An event's date is its held_on date when known, else the article's publication date.\n"
    "JSON: {\"person\": {id, type, label}, \"met\": [{\"person\": {...}, \"count\": N,\n"
    "\"events\": [{\"label\", \"date\", \"evidence\", \"relation\", \"id\"}]}]}.\n"
    "Exit code 1 when nobody is found.\n"};

std::string to_json(const Node& self, const std::vector<Acquaintance>& people) {
  std::string out = "{\"person\":";
  append_node_json(out, self);
  out += ",\"met\":[";
  for (size_t i = 0; i < people.size(); ++i) {
    const Acquaintance& a = people[i];
    if (i) out += ',';
    out += "{\"person\":";
    append_node_json(out, a.person);
    out += ",\"count\":" + std::to_string(a.events.size()) + ",\"events\":[";
    for (size_t k = 0; k < a.events.size(); ++k) {
      const SharedEvent& e = a.events[k];
      if (k) out += ',';
      out += "{\"label\":";
      append_json_string(out, e.event.label);
      out += ",\"date\":";
      append_json_string(out, e.date);
      out += ",\"evidence\":";
      append_json_string(out, e.evidence);
      out += ",\"relation\":";
      append_json_string(out, e.relation);
      out += ",\"id\":";
      append_json_string(out, e.event.id);
      out += '}';
    }
    out += "]}";
  }
  out += "]}\n";
  return out;
}

std::string to_text(const Node& self, const std::vector<Acquaintance>& people) {
  std::string out = self.label + ": " + std::to_string(people.size()) + " people\n";
  for (const Acquaintance& a : people) {
    out += "\n" + a.person.label + "  (" + std::to_string(a.events.size()) + ")\n";
    for (const SharedEvent& e : a.events) {
      out += "  " + (e.date.empty() ? std::string("?") : e.date) + "  " + e.event.label + "  [" + e.relation +
             "]\n";
      if (!e.evidence.empty()) out += "    " + e.evidence + "\n";
    }
  }
  return out;
}

}  // namespace

int run_who_met(int argc, char** argv) {
  po::options_description options("options");
  add_db_option(options);
  options.add_options()
      ("name", po::value<std::string>()->required()->value_name("NAME"), "the person (label or node id)")
      ("since", po::value<std::string>()->default_value("")->value_name("DATE"), "events on or after")
      ("until", po::value<std::string>()->default_value("")->value_name("DATE"), "events on or before")
      ("format", po::value<std::string>()->default_value("text")->value_name("text|json"), "output format")
      ("output,o", po::value<std::string>()->default_value("-")->value_name("FILE"), "output file (- = stdout)");
  po::positional_options_description positional;
  positional.add("name", 1);
  po::variables_map vm;
  if (auto exit = parse_command_line(argc, argv, kSpec, options, positional, vm)) return *exit;

  const std::string format = vm["format"].as<std::string>();
  if (format != "text" && format != "json") {
    std::cerr << "guanxi who-met: --format must be text or json, not '" << format << "'\n";
    return kExitError;
  }
  auto store = open_store_or_report(vm, /*read_only=*/true);
  if (!store) return kExitError;

  const std::string name = vm["name"].as<std::string>();
  WhoMetOptions wo;
  wo.since = vm["since"].as<std::string>();
  wo.until = vm["until"].as<std::string>();
  auto people = who_met(*store, name, wo);
  if (!people.ok()) {
    report_error("who-met", people.status());
    return people.status().code() == StatusCode::kNotFound ? kExitPartial : kExitError;
  }
  const std::string label = name.rfind("person:", 0) == 0 ? name.substr(7) : name;
  auto selves = store->find_nodes(label, NodeType::kPerson);
  Node self = selves.ok() && !selves->empty() ? selves->front() : Node::Named(NodeType::kPerson, label);
  const std::string text = format == "json" ? to_json(self, *people) : to_text(self, *people);
  Status s = write_output(vm["output"].as<std::string>(), [&](std::ostream& out) {
    out << text;
    return Status::Ok();
  });
  if (!s.ok()) {
    if (errno == EPIPE) return kExitOk;  // the reader went away (`| head`): not an error
    report_error("who-met", s);
    return kExitError;
  }
  if (people->empty()) {
    std::cerr << "guanxi who-met: nobody found with " << name << "\n";
    return kExitPartial;
  }
  return kExitOk;
}

}  // namespace guanxi::cli
