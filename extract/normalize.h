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
char32_t next_code_point(std::string_view s, size_t& i);
// Han ideographs, CJK punctuation (U+3000..U+303F), full-width forms, curly quotes.
bool is_cjk(char32_t c);
bool is_han(char32_t c);

}  // namespace guanxi
