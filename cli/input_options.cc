#include "cli/input_options.h"

#include <regex>

namespace guanxi::cli {

void add_input_options(po::options_description& options) {
  options.add_options()
    ("date", po::value<std::string>()->value_name("YYYY-MM-DD"),
     "publication date of every input (default: a date in the file name, or the JSON `date`)")
    ("encoding", po::value<std::string>()->default_value("auto")->value_name("NAME"),
     "input encoding: auto, utf-8, gb18030, gbk, utf-16le, utf-16be")
    ("input-format", po::value<std::string>()->default_value("auto")->value_name("FMT"),
     "auto, text (pages) or jsonl (one JSON document per line)")
    ("include", po::value<std::vector<std::string>>()->value_name("GLOB"),
     "in directories, read only files whose name matches (repeatable; default: *.txt *.text "
     "*.jsonl *.ndjson *.json)")
    ("exclude", po::value<std::vector<std::string>>()->value_name("GLOB"),
     "in directories, skip files whose name matches (repeatable)")
    ("path", po::value<std::vector<std::string>>()->value_name("PATH"),
     "files, directories (recursive) or - for standard input");
}

Result<ReadOptions> read_options_from(const po::variables_map& vm) {
  ReadOptions options;
  const std::string format = vm["input-format"].as<std::string>();
  if (format == "auto") {
    options.format = InputFormat::kAuto;
  } else if (format == "text") {
    options.format = InputFormat::kText;
  } else if (format == "jsonl") {
    options.format = InputFormat::kJsonLines;
  } else {
    return Status::InvalidArgument("--input-format must be auto, text or jsonl, not '" + format + "'");
  }
  options.encoding = vm["encoding"].as<std::string>();
  if (vm.count("date")) {
    options.date = vm["date"].as<std::string>();
    static const std::regex kIso(R"(\d{4}-\d{2}-\d{2})");
    if (!std::regex_match(options.date, kIso)) {
      return Status::InvalidArgument("--date must be YYYY-MM-DD, not '" + options.date + "'");
    }
  }
  if (vm.count("include")) options.include = vm["include"].as<std::vector<std::string>>();
  if (vm.count("exclude")) options.exclude = vm["exclude"].as<std::vector<std::string>>();
  return options;
}

std::vector<std::string> input_paths(const po::variables_map& vm, bool default_stdin) {
  std::vector<std::string> paths;
  if (vm.count("path")) paths = vm["path"].as<std::vector<std::string>>();
  if (paths.empty() && default_stdin) paths.push_back("-");
  return paths;
}

}  // namespace guanxi::cli
