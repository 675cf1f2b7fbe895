// Matcher: runs a compiled rule set over one article and returns its triples.
//
// Order of work (docs/rules.md, "How an article is processed"):
//   1. units: the headline lines, then the body's sentences (split_sentences), each cut to
//      at most kMaxUnitBytes so that no single match can look at more than that;
//   2. entity stage over every unit: persons (gazetteer, aliases) and titles;
//   3. event and relation stages, unit by unit in reading order: event rules first (they
//      set the article's current event), then relation rules;
//   4. rules with scope reporters, once per byline reporter;
//   5. inference rules until nothing new (at most kMaxInferenceRounds rounds).
// In each unit, one prefilter pass (the rules' required literals, one RE2::Set) names the
// rules that can match;
// only those run. Deterministic: same article and rules, same triples in the same order.
// Thread-safe as long as each call has its own article (the rules are read-only).
#pragma once

#include <string_view>
#include <vector>

#include "core/triple.h"
#include "extract/article.h"
#include "extract/engine/ruleset_impl.h"
#include "extract/extractor.h"

namespace guanxi::engine {

inline constexpr size_t kMaxUnitBytes = 3000;
inline constexpr int kMaxInferenceRounds = 8;
inline constexpr int kMaxMatchesPerRuleAndUnit = 32;
// A safety valve for hostile input: after this many matches in one article, the rest of it
// is not matched (a trace step "limit" says so). Real articles stay far below it.
inline constexpr size_t kMaxMatchesPerArticle = 10000;
// An anchored rule (Rule::anchor) whose pattern fails at this many of its starts in one unit
// is searched for the ordinary way in the rest of the unit (hostile text: linear again).
inline constexpr int kMaxAnchorMisses = 64;
// An article with no headline is labelled by this many characters of its first sentence.
inline constexpr int kArticleLabelChars = 24;

// `document_text` is Document::text (for the evidence as printed); when empty, evidence is
// taken from article.text and offsets are article offsets. With `check_anchors`, every
// anchored rule is also searched for the ordinary way; a difference is reported to `trace`
// as an "anchor" step and the ordinary result is used (`guanxi rules test`).
// `page_persons`: full names found by earlier articles of the same page; the article's
// gazetteer knows them from the start (no aliases are made from them).
std::vector<Triple> run_article(const Ruleset::Impl& rules, const Article& article,
                                std::string_view document_text, const TraceSink* trace,
                                bool check_anchors = false, const std::vector<std::string>& page_persons = {});

}  // namespace guanxi::engine
