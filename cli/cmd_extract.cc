// guanxi extract: documents in, triples out (JSON Lines), no store. A pure, stateless filter
// so that a distributed engine (Spark `pipe`, Hadoop Streaming) can run it unchanged.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/input_options.h"
#include "core/json.h"
#include "extract/extractor.h"

namespace guanxi::cli {

namespace {

constexpr CommandSpec kSpec = {
    "extract",
    "[--rules PATH] [--trace] [PATH...]",
    "Reads documents (default: standard input) and writes one JSON object per triple to\n"
    "standard output, in the format of `guanxi triples --format jsonl`. Nothing is stored.",
    "--trace writes, to standard error, one JSON object per step of the rule engine (which\n"
    "rule matched where, what it produced, what blocked it), to debug a ruleset.\n"};

void append_trace_json(std::string& out, const TraceEvent& e) {
  out += "{\"article\":";
  append_json_string(out, e.article);
  out += ",\"rule\":";
  append_json_string(out, e.rule);
  out += ",\"what\":";
  append_json_string(out, e.what);
  out += ",\"begin\":" + std::to_string(e.span.begin) + ",\"end\":" + std::to_string(e.span.end);
  out += ",\"text\":";
  append_json_string(out, e.text);
  out += ",\"detail\":";
  append_json_string(out, e.detail);
  out += "}\n";
}

}  // namespace

int run_extract(int argc, char** argv) {
  po::options_description options("options");
  add_rules_option(options);
  add_input_options(options);
  options.add_options()("trace", "write the rule engine's steps to standard error (JSON Lines)");
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  if (auto exit = parse_command_line(argc, argv, kSpec, options, positional, vm)) return *exit;

  auto read_options = read_options_from(vm);
  if (!read_options.ok()) {
    report_error("extract", read_options.status());
    return kExitError;
  }
  auto rules = load_rules_or_report(vm);
  if (!rules) return kExitError;

  std::string trace_buffer;
  const TraceSink trace = [&](const TraceEvent& e) { append_trace_json(trace_buffer, e); };
  const bool tracing = vm.count("trace") > 0;

  uint64_t rejected = 0;
  bool output_failed = false;
  std::string out;
  Status read_status = read_documents(
      input_paths(vm, /*default_stdin=*/true), *read_options,
      [&](Document&& doc) {
        if (output_failed) return;
        Extraction x = extract(doc, *rules, tracing ? &trace : nullptr);
        out.clear();
        for (const Triple& t : x.triples) {
          append_triple_json(out, t);
          out += '\n';
        }
        if (!trace_buffer.empty()) {
          std::fwrite(trace_buffer.data(), 1, trace_buffer.size(), stderr);
          trace_buffer.clear();
        }
        if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size()) output_failed = true;
      },
      [&](const ReadError& e) {
        ++rejected;
        std::cerr << "guanxi extract: rejected " << e.to_string() << "\n";
      });
  if (std::fflush(stdout) != 0) output_failed = true;
  if (!read_status.ok()) {
    report_error("extract", read_status);
    return kExitError;
  }
  if (output_failed) {
    // A closed pipe (`| head`) is not an error worth a message; the output is simply done.
    return errno == EPIPE ? kExitOk : kExitError;
  }
  return rejected > 0 ? kExitPartial : kExitOk;
}

}  // namespace guanxi::cli
