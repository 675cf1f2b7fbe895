// The input flags shared by `ingest` and `extract` (and anything else that reads documents):
// --date, --encoding, --input-format, --include, --exclude, and positional PATHs.
#pragma once

#include <string>
#include <vector>

#include "cli/common.h"
#include "extract/reader.h"

namespace guanxi::cli {

void add_input_options(po::options_description& options);

// ReadOptions from the parsed flags; InvalidArgument for a bad --input-format or --date.
Result<ReadOptions> read_options_from(const po::variables_map& vm);

// The positional PATHs ("-" when none and `default_stdin`).
std::vector<std::string> input_paths(const po::variables_map& vm, bool default_stdin);

}  // namespace guanxi::cli
