#include "cli/common.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace guanxi::cli {

namespace fs = std::filesystem;

std::optional<int> parse_command_line(int argc, char** argv, const CommandSpec& spec,
                                      const po::options_description& options,
                                      const po::positional_options_description& positional,
                                      po::variables_map& vm) {
  po::options_description all = options;
  all.add_options()("help,h", "show this help and exit");
  try {
    // command_line_parser skips argv[0] itself (here: the command's name).
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    if (vm.count("help")) {
      std::cout << "usage: guanxi " << spec.name << " " << spec.usage << "\n\n"
                << spec.summary << "\n\n"
                << all << "\n";
      if (spec.details && *spec.details) std::cout << spec.details << "\n";
      std::cout << "exit codes: 0 success, 1 some input rejected or nothing found, "
                   "2 usage or fatal error\n";
      return kExitOk;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "guanxi " << spec.name << ": " << e.what() << "\n"
              << "usage: guanxi " << spec.name << " " << spec.usage << "\n"
              << "(guanxi " << spec.name << " --help for the options)\n";
    return kExitError;
  }
  return std::nullopt;
}

void add_db_option(po::options_description& options) {
  options.add_options()("db", po::value<std::string>()->default_value(kDefaultDb)->value_name("DIR"),
                        "the store directory (RocksDB)");
}

void add_rules_option(po::options_description& options) {
  options.add_options()("rules", po::value<std::vector<std::string>>()->value_name("PATH"),
                        "rule file or directory (repeatable); default: the shipped rules/");
}

namespace {
fs::path executable_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}
}  // namespace

std::string default_rules_path() {
  if (const char* env = std::getenv("GUANXI_RULES"); env && *env) return env;
  std::error_code ec;
  const fs::path candidates[] = {
      executable_dir().parent_path() / "rules",
      fs::path(GUANXI_SOURCE_DIR) / "rules",
      fs::path(GUANXI_INSTALL_PREFIX) / "share" / "guanxi" / "rules",
  };
  for (const auto& c : candidates) {
    if (!c.empty() && fs::is_directory(c, ec)) return c.string();
  }
  return (fs::path(GUANXI_SOURCE_DIR) / "rules").string();
}

std::shared_ptr<const Ruleset> load_rules_or_report(const po::variables_map& vm) {
  std::vector<std::string> paths;
  if (vm.count("rules")) paths = vm["rules"].as<std::vector<std::string>>();
  if (paths.empty()) paths.push_back(default_rules_path());
  auto rules = Ruleset::load(paths);
  if (!rules.ok()) {
    std::cerr << "guanxi: cannot load rules: " << rules.status().message() << "\n";
    return nullptr;
  }
  return std::move(rules).value();
}

std::unique_ptr<Store> open_store_or_report(const po::variables_map& vm, bool read_only,
                                            bool bulk_load) {
  const std::string dir = vm["db"].as<std::string>();
  StoreOptions options;
  options.read_only = read_only;
  options.create_if_missing = !read_only;
  options.bulk_load = bulk_load;
  options.load_files = bulk_load;  // bulk loads build sorted table files and ingest them atomically
  if (read_only && !fs::exists(dir)) {
    std::cerr << "guanxi: no store at " << dir << " (run `guanxi ingest --db " << dir
              << " PATH...` first)\n";
    return nullptr;
  }
  auto store = Store::open(dir, options);
  if (!store.ok()) {
    std::cerr << "guanxi: cannot open store " << dir << ": " << store.status().message() << "\n";
    return nullptr;
  }
  return std::move(store).value();
}

void report_error(const char* command, const Status& status) {
  std::cerr << "guanxi " << command << ": " << status.message() << "\n";
}

Status write_output(const std::string& path, const std::function<Status(std::ostream&)>& write) {
  if (path == "-") {
    errno = 0;
    Status s = write(std::cout);
    std::cout.flush();
    // A reader that closed the pipe (`guanxi triples | head`) has all it wanted.
    if (!std::cout && errno == EPIPE) return Status::Ok();
    if (s.ok() && !std::cout) return Status::IOError("cannot write to standard output");
    return s;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IOError("cannot open " + path + " for writing: " + std::strerror(errno));
  GUANXI_RETURN_IF_ERROR(write(out));
  out.close();
  if (!out) return Status::IOError("cannot write " + path);
  return Status::Ok();
}

}  // namespace guanxi::cli
