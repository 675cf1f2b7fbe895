// Sentence splitting of normalized article text.
#pragma once

#include <string_view>
#include <vector>

#include "extract/article.h"

namespace guanxi {

// Spans of the sentences of `text`, each ending after its terminator (。！？；!?; or a
// newline), quotes that close a sentence included. Empty sentences are skipped.
std::vector<Span> split_sentences(std::string_view text);

}  // namespace guanxi
