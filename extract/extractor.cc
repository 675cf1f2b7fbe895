// extract(): segment the document into articles, run the rule engine over each.
#include "extract/extractor.h"

#include <unordered_set>

#include "extract/engine/matcher.h"
#include "extract/engine/ruleset_impl.h"
#include "extract/printed_labels.h"
#include "extract/segmenter.h"

namespace guanxi {

Extraction extract(const Document& document, const Ruleset& rules, const TraceSink* trace) {
  Extraction x;
  x.articles = segment(document);
  // The persons named by earlier articles of the page are known to later ones (an item's
  // "会议由X主持" after X was titled in the item before), as full names only.
  std::vector<std::string> page_persons;
  std::unordered_set<std::string> seen;
  for (const Article& a : x.articles) {
    std::vector<Triple> t = engine::run_article(rules.impl(), a, document.text, trace, false, page_persons);
    for (const Triple& triple : t) {
      for (const Node* n : {&triple.subject, &triple.object}) {
        if (n->type == NodeType::kPerson && seen.insert(n->label).second) page_persons.push_back(n->label);
      }
    }
    apply_printed_labels(a, document.text, t);
    if (!document.record.empty()) {
      for (Triple& triple : t) triple.provenance.record = document.record;
    }
    x.triples.insert(x.triples.end(), std::make_move_iterator(t.begin()), std::make_move_iterator(t.end()));
  }
  return x;
}

}  // namespace guanxi
