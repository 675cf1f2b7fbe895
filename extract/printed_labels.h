// Printed labels: node labels as the article printed them.
//
// The rules match the normalized text (simplified characters, half-width ASCII; see
// extract/normalize.h), so the labels they build are normalized too. People read, cite and
// annotate names as the paper printed them: 馮子健 in a Hong Kong paper, not 冯子健. This
// pass gives each node the printed form of its label while its id stays canonical, so the
// same person printed in traditional characters in one paper and in simplified in another
// is still one node.
//
// The printed form of a label L is the original bytes of its first occurrence in the
// article's body (through Article::origin), without the line breaks and spaces the layout
// put inside it, provided they normalize back to L. A label that does not occur in the body
// (a canonical name from an alias, a headline-made event name) keeps its normalized form.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/triple.h"
#include "extract/article.h"

namespace guanxi {

// Replaces the labels of the person, org, place, project, title and event nodes of
// `triples` (all from `article`) with their printed forms, and makes the ids of named nodes
// canonical ("<type>:<normalized label>", whatever form the label arrived in).
// `document_text` is the Document::text the article's origin map points into.
void apply_printed_labels(const Article& article, std::string_view document_text,
                          std::vector<Triple>& triples);

}  // namespace guanxi
