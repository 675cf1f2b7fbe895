#include "extract/sentence.h"

#include "extract/normalize.h"

namespace guanxi {

namespace {

bool is_terminator(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'!' || c == U'?' ||
         c == U';';
}

// Marks that close a sentence together with the terminator before them: 。” 。） 。』
bool is_closer(char32_t c) {
  return c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == U'）' || c == U')' ||
         c == U'"' || c == U'\'' || c == U'》';
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

std::vector<Span> split_sentences(std::string_view text) {
  std::vector<Span> out;
  size_t start = 0;
  auto emit = [&](size_t begin, size_t end) {
    // Trim spaces on both sides; skip what is left empty.
    size_t b = begin, e = end;
    while (b < e && is_space(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && is_space(static_cast<unsigned char>(text[e - 1]))) --e;
    if (b < e) out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  };
  size_t i = 0;
  while (i < text.size()) {
    const char c0 = text[i];
    if (c0 == '\n') {
      emit(start, i);
      start = ++i;
      continue;
    }
    const char32_t c = next_code_point(text, i);
    if (!is_terminator(c)) continue;
    // Runs of terminators ("！？", "……。") and closing quotes stay with the sentence.
    while (i < text.size()) {
      size_t j = i;
      const char32_t d = next_code_point(text, j);
      if (!is_terminator(d) && !is_closer(d)) break;
      i = j;
    }
    emit(start, i);
    start = i;
  }
  emit(start, text.size());
  return out;
}

}  // namespace guanxi
