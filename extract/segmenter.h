// Segmenter: splits a document (a newspaper page, a wire story, a transcript) into articles
// with headline, lead, reporters, date and normalized body text.
#pragma once

#include <vector>

#include "core/document.h"
#include "extract/article.h"

namespace guanxi {

// Never fails: a document with no recognizable lead is one article (headline = first line).
std::vector<Article> segment(const Document& document);

}  // namespace guanxi
