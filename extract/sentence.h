// Sentence splitting of normalized article text.
#pragma once

#include <string_view>
#include <vector>

#include "extract/article.h"

namespace guanxi {

// Spans of the sentences of `text`, each ending after its terminator (。！？；!?; or a
// newline), quotes that close a sentence included. Empty sentences are skipped.
// A run of terminators stays together ("真的吗？！"), as do the closing marks right after
// them (”’」』）》"'), so "他说：“要抓好落实。”" is one sentence. A span never includes the
// newline nor the spaces at its ends. Pure and thread-safe; linear in the text.
std::vector<Span> split_sentences(std::string_view text);

}  // namespace guanxi
