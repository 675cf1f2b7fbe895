// Test helper: re-encodes UTF-8 text with glibc's iconv, an implementation independent of
// the ICU converters the reader uses, so the tests cross-check the two.
#pragma once

#include <iconv.h>

#include <stdexcept>
#include <string>

namespace guanxi::testing {

inline std::string encode(const std::string& utf8, const char* encoding) {
  iconv_t cd = iconv_open(encoding, "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error(std::string("iconv_open ") + encoding);
  std::string out(utf8.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(utf8.data());
  size_t in_left = utf8.size();
  char* o = out.data();
  size_t out_left = out.size();
  const size_t r = iconv(cd, &in, &in_left, &o, &out_left);
  iconv_close(cd);
  if (r == static_cast<size_t>(-1)) throw std::runtime_error(std::string("iconv to ") + encoding);
  out.resize(out.size() - out_left);
  return out;
}

// Where glibc's iconv stops reading `bytes` as `encoding` (the first byte it cannot
// convert), or std::string::npos when all of it converts: an oracle independent of ICU.
inline size_t iconv_first_error(const std::string& bytes, const char* encoding) {
  iconv_t cd = iconv_open("UTF-32LE", encoding);
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error(std::string("iconv_open ") + encoding);
  std::string out(bytes.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char* o = out.data();
  size_t out_left = out.size();
  const size_t r = iconv(cd, &in, &in_left, &o, &out_left);
  iconv_close(cd);
  return r == static_cast<size_t>(-1) ? static_cast<size_t>(in - bytes.data()) : std::string::npos;
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
