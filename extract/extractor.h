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

// One step of the rule engine, for `guanxi extract --trace`. `what` is one of
//   "match"     a rule matched; detail lists the captures ("persons=韩墨川 titles=市长")
//   "blocked"   a blocking cue stopped the match; detail names the cue
//   "rejected"  a captured item is not a person / not accepted; detail says why
//   "conflict"  the match lost to an overlapping match of its group; detail names the winner
//   "event"     the current event changed (new or same event), or the headline stands for it
//   "skipped"   an if_no_event rule matched but the article already has an event
//   "triple"    a triple came out; detail is "subject predicate object", text the sentence
//   "limit"     the article has so many matches (hostile input) that the rest is not matched
//   "anchor"    (rules test only) an anchored rule's anchor missed a match of its pattern
//   "renamed"   at the article's end, a node took its fullest name ("event:第五次会议@…" ->
//               "event:市委财经委员会第五次会议@…", a short foreign name -> its full name)
// Spans are byte offsets in Article::text; headline steps have an empty span and a detail
// starting with "headline: ".
struct TraceEvent {
  std::string article;  // article id
  std::string rule;     // rule name ("" for engine steps such as the headline event)
  std::string what;     // see above
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
