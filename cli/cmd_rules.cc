// guanxi rules test|lint FILE|DIR...: check a rule set.
//   test: loads the files as one rule set and runs every example written in them; prints a
//         diff (- expected but missing, + rejected but produced) for each failing example.
//         Exit 0 when all pass, 1 when some fail, 2 when the rule set does not load.
//   lint: unused lexicons and fragments, rules no example fires, shadowed and duplicate
//         rules. Exit 0 when clean, 1 with findings, 2 when the rule set does not load.
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/common.h"
#include "extract/engine/rule_tests.h"

namespace guanxi::cli {

namespace {

constexpr CommandSpec kSpec = {
    "rules",
    "test|lint FILE|DIR... [--verbose]",
    "Checks a rule set. `test` runs the examples written in the rule files (text and the\n"
    "triples that must or must not come out) and shows a diff for each failure; an anchored\n"
    "rule whose anchor misses a match on an example fails too, and so does a rule on which the\n"
    "lattice matcher and RE2 disagree. `lint` reports unused lexicons, rules that never fire\n"
    "on an example, shadowed and duplicate rules, and patterns only RE2 can run (slow).\n"
    "Directories load their *.yaml files in sorted order, as one rule set.",
    "exit codes: 0 all pass / no findings, 1 some example fails / some finding, 2 the rule\n"
    "set does not load (the error names file, line, column and rule).\n"};

int run_test(const Ruleset& rules, bool verbose) {
  int failed = 0, total = 0;
  for (const engine::ExampleResult& r : engine::run_examples(rules)) {
    ++total;
    if (r.passed && !verbose) continue;
    std::cout << (r.passed ? "ok   " : "FAIL ") << r.where << (r.rule.empty() ? "" : " (rule " + r.rule + ")")
              << "\n     text: " << r.text << "\n";
    for (const std::string& m : r.missing) std::cout << "  - " << m << "   (expected, missing)\n";
    for (const std::string& u : r.unwanted) std::cout << "  + " << u << "   (rejected, produced)\n";
    for (const std::string& a : r.anchor_misses) std::cout << "  ! " << a << "\n";
    if (!r.passed || verbose) {
      std::cout << "     produced:\n";
      for (const std::string& p : r.produced) std::cout << "       " << p << "\n";
    }
    if (!r.passed) ++failed;
  }
  std::cout << (failed ? "FAILED: " : "passed: ") << (total - failed) << " of " << total << " examples pass\n";
  return failed ? kExitPartial : kExitOk;
}

int run_lint(const Ruleset& rules) {
  std::vector<engine::LintFinding> findings = engine::lint(rules);
  for (const auto& f : findings) std::cout << f.where << ": " << f.kind << ": " << f.message << "\n";
  std::cout << findings.size() << " finding(s) in " << rules.files().size() << " file(s)\n";
  return findings.empty() ? kExitOk : kExitPartial;
}

}  // namespace

int run_rules(int argc, char** argv) {
  po::options_description options("options");
  options.add_options()("verbose,v", "test: show every example and what it produced")(
      "action", po::value<std::string>(), "test or lint")("path", po::value<std::vector<std::string>>(),
                                                           "rule files or directories");
  po::positional_options_description positional;
  positional.add("action", 1).add("path", -1);
  po::variables_map vm;
  if (auto exit = parse_command_line(argc, argv, kSpec, options, positional, vm)) return *exit;
  if (!vm.count("action")) {
    std::cerr << "guanxi rules: say test or lint\n";
    return kExitError;
  }
  const std::string action = vm["action"].as<std::string>();
  if (action != "test" && action != "lint") {
    std::cerr << "guanxi rules: unknown action '" << action << "' (test, lint)\n";
    return kExitError;
  }
  std::vector<std::string> paths;
  if (vm.count("path")) paths = vm["path"].as<std::vector<std::string>>();
  if (paths.empty()) paths.push_back(default_rules_path());
  auto rules = Ruleset::load(paths);
  if (!rules.ok()) {
    report_error("rules", rules.status());
    return kExitError;
  }
  return action == "test" ? run_test(**rules, vm.count("verbose") > 0) : run_lint(**rules);
}

}  // namespace guanxi::cli
