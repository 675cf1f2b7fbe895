// Test helper: re-encodes UTF-8 text with glibc's iconv, an implementation independent of
// the ICU converters the reader uses, so the tests cross-check the two.
#pragma once

#include <iconv.h>

#include <stdexcept>
#include <string>

namespace guanxi::testing {

// `bytes` converted from one encoding to another; `error` is where conversion stopped
// (std::string::npos when all of it converted).
struct Converted {
  std::string out;
  size_t error = std::string::npos;
};

inline Converted convert(const std::string& bytes, const char* from, const char* to) {
  iconv_t cd = iconv_open(to, from);
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error(std::string("iconv_open ") + from + " -> " + to);
  Converted c;
  c.out.assign(bytes.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char* o = c.out.data();
  size_t out_left = c.out.size();
  if (iconv(cd, &in, &in_left, &o, &out_left) == static_cast<size_t>(-1)) c.error = in - bytes.data();
  iconv_close(cd);
  c.out.resize(c.out.size() - out_left);
  return c;
}

inline std::string encode(const std::string& utf8, const char* encoding) {
  Converted c = convert(utf8, "UTF-8", encoding);
  if (c.error != std::string::npos) throw std::runtime_error(std::string("iconv to ") + encoding);
  return std::move(c.out);
}

// Where glibc's iconv stops reading `bytes` as `encoding` (the first byte it cannot
// convert), or std::string::npos when all of it converts: an oracle independent of ICU.
inline size_t iconv_first_error(const std::string& bytes, const char* encoding) {
  return convert(bytes, encoding, "UTF-32LE").error;
}

// "\n" line ends replaced by `eol`.
inline std::string with_line_ends(const std::string& text, const std::string& eol) {
  std::string out;
  for (char c : text) {
    if (c == '\n') {
      out += eol;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace guanxi::testing
