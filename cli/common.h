// Shared plumbing of the `guanxi` commands: option parsing with generated --help, exit
// codes, default paths, error printing. Commands hold no logic of their own: they parse,
// call the stages, and print.
#pragma once

#include <boost/program_options.hpp>
#include <memory>
#include <optional>
#include <string>

#include "core/status.h"
#include "extract/ruleset.h"
#include "store/store.h"

namespace guanxi::cli {

namespace po = boost::program_options;

// Exit codes (documented in `guanxi --help` and the README).
inline constexpr int kExitOk = 0;       // success
inline constexpr int kExitPartial = 1;  // some input rejected, or nothing found
inline constexpr int kExitError = 2;    // usage error or fatal error

inline constexpr const char* kDefaultDb = "guanxi.db";

struct CommandSpec {
  const char* name;     // "who-met"
  const char* usage;    // "[--db DIR] NAME [--format text|json]"
  const char* summary;  // one line
  const char* details;  // paragraphs after the options ("" for none)
};

// Parses argv (argv[0] is the command name). Returns an exit code when the command must stop
// now: kExitOk after printing --help, kExitError after printing a usage error.
std::optional<int> parse_command_line(int argc, char** argv, const CommandSpec& spec,
                                      const po::options_description& options,
                                      const po::positional_options_description& positional,
                                      po::variables_map& vm);

// Adds --db DIR (default ./guanxi.db).
void add_db_option(po::options_description& options);
// Adds --rules PATH (default: the ruleset shipped with guanxi, see default_rules_path()).
void add_rules_option(po::options_description& options);

// The shipped ruleset: $GUANXI_RULES, else rules/ beside the binary's parent directory
// (build/guanxi -> rules/), else the source tree's rules/, else <prefix>/share/guanxi/rules.
std::string default_rules_path();

// Loads the ruleset named by --rules (or the default); prints the error and returns null.
std::shared_ptr<const Ruleset> load_rules_or_report(const po::variables_map& vm);

// Opens the store named by --db; prints the error and returns null. `bulk_load`: see
// StoreOptions::bulk_load.
std::unique_ptr<Store> open_store_or_report(const po::variables_map& vm, bool read_only,
                                            bool bulk_load = false);

// "guanxi <command>: <status message>" on stderr.
void report_error(const char* command, const Status& status);

// Opens `path` for writing ("-" = stdout) and runs `write` on the stream; IOError names
// the path when it cannot be opened or written. Standard output closed by its reader
// (a broken pipe) is not an error: the output simply ends.
Status write_output(const std::string& path, const std::function<Status(std::ostream&)>& write);

}  // namespace guanxi::cli
