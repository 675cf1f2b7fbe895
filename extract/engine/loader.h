// Loader: YAML rule files -> a compiled Ruleset::Impl. The only place yaml-cpp is used.
//
// All-or-nothing: every file is parsed, every lexicon read, every pattern compiled and every
// reference checked before anything is returned; the first problem is returned as
// InvalidArgument "file:line:column: rule 'name': what" and nothing is kept.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "extract/ruleset.h"

namespace guanxi::engine {

// `paths`: rule files, or directories whose *.yaml / *.yml files are loaded in sorted order.
Result<std::unique_ptr<Ruleset::Impl>> load_rule_files(const std::vector<std::string>& paths);

// One rule file given as text; `name` stands for its path (lexicon files are resolved
// relative to name's directory).
Result<std::unique_ptr<Ruleset::Impl>> load_rule_text(std::string_view yaml, const std::string& name);

// The predicates of the default schema (design.md); a rule file may declare more.
const std::vector<std::string>& schema_predicates();

}  // namespace guanxi::engine
