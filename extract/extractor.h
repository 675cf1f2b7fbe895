// Extractor: document + ruleset -> articles and triples. A pure function: the same document
// and ruleset always give the same triples in the same order, with no state between calls,
// so `guanxi extract` can run unchanged inside a distributed engine.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/triple.h"
#include "extract/article.h"
#include "extract/ruleset.h"

namespace guanxi {

// One step of the rule engine, for `guanxi extract --trace`.
struct TraceEvent {
  std::string article;  // article id
  std::string rule;     // rule name
  std::string what;     // "match", "blocked", "triple", ...
  Span span;            // in Article::text
  std::string text;     // the matched text
  std::string detail;   // free-form (captures, the triple, the blocking cue)
};
using TraceSink = std::function<void(const TraceEvent&)>;

struct Extraction {
  std::vector<Article> articles;
  std::vector<Triple> triples;
};

Extraction extract(const Document& document, const Ruleset& rules, const TraceSink* trace = nullptr);

}  // namespace guanxi
