// Normalization for matching: one canonical form of a text that the rules are written
// against, with a byte map back to the text as the paper printed it.
//
// The canonical form (the rules in rules/ are written against it):
//   - Full-width ASCII (U+FF01..U+FF5E) folds to half-width ("２０２２" -> "2022",
//     "ＲＣＥＰ" -> "RCEP", "％" -> "%") EXCEPT the seven marks Chinese prose uses as its own
//     punctuation, which stay full-width: ，；：（）？！
//   - The half-width forms of those seven marks , ; : ( ) ? ! become the full-width ones
//     when a neighbouring character (the one just before or just after) is CJK (Han, CJK
//     punctuation, full-width forms, or the curly quotes “”‘’). "8月23日下午,区域" becomes
//     "8月23日下午，区域" and "县(市)" becomes "县（市）", while "1,000" and "10:30" stay.
//     A pair of round brackets on one line converts together, when either bracket has a
//     CJK neighbour or CJK text is inside: "(1)推进" -> "（1）推进", "(RCEP)" between CJK
//     -> "（RCEP）", "(ok)" in English stays.
//   - Other CJK punctuation (。、“”《》……) is kept as is; half-width ideographic forms
//     (U+FF61 ｡, U+FF64 ､, U+FF62/63 ｢｣) become 。、「」.
//   - U+3000 (ideographic space), U+00A0 and U+2000..U+200A become ' '; zero-width
//     characters (U+200B..U+200D, U+2060, U+FEFF) are dropped.
//   - The name dots U+30FB, U+FF65, U+2027, U+2022 become U+00B7 '·'.
//   - Traditional characters become simplified ones, character by character, with ICU's
//     "Traditional-Simplified" transform (市長會見 -> 市长会见).
//   - Everything else, '\n' included, is copied unchanged.
//
// Every output byte records the offset of the input byte it came from, so a match in the
// normalized text maps back to the original bytes (a multi-byte replacement maps all its
// bytes to the start of the character it replaced).
//
// Thread-safety: all functions are safe to call concurrently. The traditional->simplified
// table is built once, on first use, from ICU (about 25 ms) and is immutable afterwards.
// Failure: the input must be valid UTF-8 (the reader guarantees it); an invalid byte is
// copied through unchanged. If ICU cannot build the transform, traditional characters are
// left as written (traditional_to_simplified_available() says so).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace guanxi {

// Appends the normalized form of `input` to `out` and, for each byte appended,
// `base + <offset in input of the character it came from>` to `origin`.
void append_normalized(std::string_view input, uint32_t base, std::string& out,
                       std::vector<uint32_t>& origin);

// The normalized form of `input`, without the offset map.
std::string normalize_text(std::string_view input);

// True when ICU's "Traditional-Simplified" transform was available to build the table.
bool traditional_to_simplified_available();

// Code point helpers shared by the reader's parsers (normalized text is valid UTF-8).
// Decodes the code point at `s[i]` and advances `i`; an invalid byte decodes as itself.
// (Inline: it is on the hot path of every parser.)
inline char32_t next_code_point(std::string_view s, size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  auto cont = [&](size_t k) { return k < s.size() && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80; };
  auto low6 = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[k]) & 0x3F); };
  if (b0 >= 0xE0 && b0 < 0xF0 && cont(i + 1) && cont(i + 2)) {
    const char32_t c = (static_cast<char32_t>(b0 & 0x0F) << 12) | (low6(i + 1) << 6) | low6(i + 2);
    i += 3;
    return c;
  }
  if (b0 >= 0xC2 && b0 < 0xE0 && cont(i + 1)) {
    const char32_t c = (static_cast<char32_t>(b0 & 0x1F) << 6) | low6(i + 1);
    i += 2;
    return c;
  }
  if (b0 >= 0xF0 && b0 < 0xF5 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
    const char32_t c = (static_cast<char32_t>(b0 & 0x07) << 18) | (low6(i + 1) << 12) | (low6(i + 2) << 6) |
                       low6(i + 3);
    i += 4;
    return c;
  }
  ++i;
  return b0;  // not UTF-8: the byte stands for itself
}
// Han ideographs, CJK punctuation (U+3000..U+303F), full-width forms, curly quotes.
bool is_cjk(char32_t c);
bool is_han(char32_t c);

}  // namespace guanxi
