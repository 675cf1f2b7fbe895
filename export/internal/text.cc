#include "export/internal/text.h"

namespace guanxi::export_internal {

size_t utf8_sequence_length(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = b(0);
  size_t n;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;          // overlong
    if (c == 0xED) hi = 0x9F;          // surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;          // overlong
    if (c == 0xF4) hi = 0x8F;          // beyond U+10FFFF
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (b(1) < lo || b(1) > hi) return 0;
  for (size_t k = 2; k < n; ++k) {
    if ((b(k) & 0xC0) != 0x80) return 0;
  }
  return n;
}

namespace {
// U+FFFE and U+FFFF: well-formed UTF-8 that XML 1.0 forbids.
bool is_noncharacter(std::string_view s, size_t i) {
  return static_cast<unsigned char>(s[i]) == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
         (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE;
}
}  // namespace

void append_text(std::string& out, std::string_view s, const EscapeTable& table) {
  size_t run = 0;  // start of bytes not yet copied
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (table[c] == nullptr) {
        ++i;
        continue;
      }
      out.append(s.data() + run, i - run);
      out.append(table[c]);
      run = ++i;
      continue;
    }
    const size_t n = utf8_sequence_length(s, i);
    if (n != 0 && !(n == 3 && is_noncharacter(s, i))) {
      i += n;
      continue;
    }
    out.append(s.data() + run, i - run);
    out.append("\xEF\xBF\xBD");  // U+FFFD for the bad byte, or the whole noncharacter
    i += n == 0 ? 1 : n;
    run = i;
  }
  out.append(s.data() + run, i - run);
}

Status Sink::finish(std::string_view what) {
  flush();
  out_.flush();
  if (!out_) return Status::IOError("cannot write the " + std::string(what) + " output");
  return Status::Ok();
}

}  // namespace guanxi::export_internal
