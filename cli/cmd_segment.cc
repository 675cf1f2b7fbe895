// guanxi segment: shows what the reader made of a page: one record per article with its
// headline, lead, reporters, date and paragraphs. For checking a new newspaper's layout
// before ingesting it.
#include <cerrno>
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/input_options.h"
#include "core/json.h"
#include "extract/reader.h"
#include "extract/segmenter.h"

namespace guanxi::cli {

namespace {

constexpr CommandSpec kSpec = {
    "segment",
    "[--format text|jsonl] [--date YYYY-MM-DD] [--encoding NAME] [PATH...]",
    "Reads documents (default: standard input), splits each into articles and prints one\n"
    "record per article: headline, lead, reporters, date and paragraphs.",
    "--format text (the default) prints one line per article, fields separated by tabs:\n"
    "  ARTICLE-ID  DATE  LEAD  HEADLINE  REPORTERS  PARAGRAPHS\n"
    "where headline lines are joined by ' / ', reporters are 'role:name' joined by ' ', and\n"
    "paragraphs are joined by ' ¶ ' (empty fields print as '-').\n"
    "--format jsonl prints one JSON object per article: {\"article\", \"doc\", \"source\",\n"
    "\"date\", \"lead\", \"headline\": [lines], \"reporters\": [{\"name\", \"role\",\n"
    "\"affiliation\"}], \"paragraphs\": [...]}.\n"};

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= s.size() && !s.empty()) {
    size_t e = s.find('\n', pos);
    if (e == std::string_view::npos) e = s.size();
    out.push_back(s.substr(pos, e - pos));
    pos = e + 1;
  }
  return out;
}

// The lines of `s` joined by `sep`.
std::string join_lines(std::string_view s, std::string_view sep) {
  std::string out;
  for (std::string_view line : split_lines(s)) {
    if (!out.empty()) out += sep;
    out += line;
  }
  return out;
}

// The lines of `s` as a JSON array of strings.
void append_json_lines(std::string& out, std::string_view s) {
  out += '[';
  bool first = true;
  for (std::string_view line : split_lines(s)) {
    if (!first) out += ',';
    first = false;
    append_json_string(out, line);
  }
  out += ']';
}

// Tabs and newlines inside a field would break the one-line-per-article text format.
void append_field(std::string& out, std::string_view s) {
  if (s.empty()) {
    out += '-';
    return;
  }
  for (char c : s) out += (c == '\t' || c == '\n') ? ' ' : c;
}

void append_text(std::string& out, const Article& a) {
  append_field(out, a.id);
  out += '\t';
  append_field(out, a.date);
  out += '\t';
  append_field(out, a.lead);
  out += '\t';
  append_field(out, join_lines(a.headline, " / "));
  out += '\t';
  std::string reporters;
  for (const Reporter& r : a.reporters) {
    if (!reporters.empty()) reporters += ' ';
    reporters += (r.role.empty() ? std::string() : r.role + ":") + r.name;
  }
  append_field(out, reporters);
  out += '\t';
  append_field(out, join_lines(a.text, " ¶ "));
  out += '\n';
}

// `"name":"value"` after `sep` ('{' or ',').
void append_json_field(std::string& out, char sep, const char* name, std::string_view value) {
  out += sep;
  out += '"';
  out += name;
  out += "\":";
  append_json_string(out, value);
}

void append_jsonl(std::string& out, const Document& doc, const Article& a) {
  append_json_field(out, '{', "article", a.id);
  append_json_field(out, ',', "doc", a.doc);
  append_json_field(out, ',', "source", doc.source);
  append_json_field(out, ',', "date", a.date);
  append_json_field(out, ',', "lead", a.lead);
  out += ",\"headline\":";
  append_json_lines(out, a.headline);
  out += ",\"reporters\":[";
  for (size_t k = 0; k < a.reporters.size(); ++k) {
    if (k > 0) out += ',';
    append_json_field(out, '{', "name", a.reporters[k].name);
    append_json_field(out, ',', "role", a.reporters[k].role);
    append_json_field(out, ',', "affiliation", a.reporters[k].affiliation);
    out += '}';
  }
  out += "],\"paragraphs\":";
  append_json_lines(out, a.text);
  out += "}\n";
}

}  // namespace

int run_segment(int argc, char** argv) {
  po::options_description options("options");
  add_input_options(options);
  options.add_options()("format", po::value<std::string>()->default_value("text")->value_name("FMT"),
                        "text (one tab-separated line per article) or jsonl");
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  if (auto exit = parse_command_line(argc, argv, kSpec, options, positional, vm)) return *exit;

  const std::string format = vm["format"].as<std::string>();
  if (format != "text" && format != "jsonl") {
    report_error("segment", Status::InvalidArgument("--format must be text or jsonl, not '" + format + "'"));
    return kExitError;
  }
  auto read_options = read_options_from(vm);
  if (!read_options.ok()) {
    report_error("segment", read_options.status());
    return kExitError;
  }
  uint64_t accepted = 0, rejected = 0;
  bool output_failed = false;
  std::string out;
  Status status = read_documents(
      input_paths(vm, /*default_stdin=*/true), *read_options,
      [&](Document&& doc) {
        ++accepted;
        if (output_failed) return;
        out.clear();
        for (const Article& a : segment(doc)) {
          if (format == "jsonl") {
            append_jsonl(out, doc, a);
          } else {
            append_text(out, a);
          }
        }
        if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size()) output_failed = true;
      },
      [&](const ReadError& e) {
        ++rejected;
        std::cerr << "guanxi segment: rejected " << e.to_string() << "\n";
      });
  if (std::fflush(stdout) != 0) output_failed = true;
  if (!status.ok()) {
    report_error("segment", status);
    return kExitError;
  }
  if (output_failed) return errno == EPIPE ? kExitOk : kExitError;
  if (rejected > 0) {
    std::cerr << "guanxi segment: " << accepted << " accepted, " << rejected << " rejected\n";
    return kExitPartial;
  }
  return kExitOk;
}

}  // namespace guanxi::cli
