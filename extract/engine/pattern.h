// Pattern text of the rule language: `{name}` references to lexicons and fragments, and the
// one construct RE2 lacks that rules need, a trailing lookahead `(?=...)`.
//
// Pure functions over strings; no state. Errors are returned as a message (no position:
// the loader adds file, line, column and rule name).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace guanxi::engine {

// The `{name}` references in `pattern`, in order ( `\p{Han}` and `\{` are not references).
std::vector<std::string> pattern_references(std::string_view pattern);

// Replaces each reference by `resolve(name)` wrapped in `(?:...)`. Returns the error message
// of the first reference `resolve` does not know (it returns nullopt).
std::optional<std::string> expand_references(
    std::string_view pattern, const std::function<std::optional<std::string>(const std::string&)>& resolve,
    std::string* out);

// A pattern ending in a top-level `(?=X)` is rewritten to end in `(?P<__ahead>X)`: the
// engine matches it but does not consume it. Returns true when a rewrite happened.
bool rewrite_trailing_lookahead(std::string* pattern);

// A lexicon as a regular-expression alternation: entries quoted, longest first so that
// leftmost-first matching prefers the longest entry; "(?:)" never matches nothing: an
// empty list gives a pattern that cannot match.
std::string lexicon_alternation(const std::vector<std::string>& entries);

}  // namespace guanxi::engine
