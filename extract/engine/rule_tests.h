// Checking a rule set: its examples (`guanxi rules test`) and lint (`guanxi rules lint`).
//
// Both are pure functions of a loaded Ruleset; thread-safe. This header names no dependency
// type, so the command line includes it.
#pragma once

#include <string>
#include <vector>

#include "extract/ruleset.h"

namespace guanxi::engine {

struct ExampleResult {
  std::string where;  // "rules/a.yaml:12:7"
  std::string rule;   // the rule the example belongs to ("" for a file-level example)
  std::string text;
  bool passed = true;
  std::vector<std::string> missing;   // expected triples that did not come out
  std::vector<std::string> unwanted;  // rejected triples that came out
  std::vector<std::string> produced;  // everything that came out, "s predicate o [rule]"
  // "anchor: ..." an anchored rule whose anchor missed a match here; "matcher: ..." the lattice
  // matcher and RE2 found different matches here.
  std::vector<std::string> anchor_misses;
};

// Runs every example of the rule set against the whole rule set, in file order. Every
// anchored rule is also searched for without its anchor, and every rule is also run on RE2:
// an example on which the anchor misses a match or the two matchers disagree fails
// (anchor_misses says which rule and where).
// An expected side written `$event` matches any event, `$article` any article.
std::vector<ExampleResult> run_examples(const Ruleset& rules);

struct LintFinding {
  std::string where;
  std::string kind;  // "unused", "untested", "shadowed", "duplicate", "empty", "slow"
  std::string message;
};

// Unused lexicons and fragments, rules no example makes fire (they may never fire), rules
// shadowed by a rule of the same group with the same pattern and a higher rank, duplicate
// patterns, empty lexicons, patterns only RE2 can run. Findings are advice: a rule set with
// findings still loads.
std::vector<LintFinding> lint(const Ruleset& rules);

}  // namespace guanxi::engine
