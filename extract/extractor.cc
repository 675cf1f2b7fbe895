// extract(): segment the document into articles, run the rule engine over each.
#include "extract/extractor.h"

#include "extract/engine/matcher.h"
#include "extract/engine/ruleset_impl.h"
#include "extract/printed_labels.h"
#include "extract/segmenter.h"

namespace guanxi {

Extraction extract(const Document& document, const Ruleset& rules, const TraceSink* trace) {
  Extraction x;
  x.articles = segment(document);
  for (const Article& a : x.articles) {
    std::vector<Triple> t = engine::run_article(rules.impl(), a, document.text, trace);
    apply_printed_labels(a, document.text, t);
    x.triples.insert(x.triples.end(), std::make_move_iterator(t.begin()), std::make_move_iterator(t.end()));
  }
  return x;
}

}  // namespace guanxi
