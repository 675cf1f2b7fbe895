#include "extract/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

namespace guanxi {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

bool is_utf8_name(std::string_view name) {
  const std::string n = lower(name);
  return n == "utf-8" || n == "utf8";
}

// Well-formed UTF-8 statistics: the first bad offset, how many bad and good multi-byte
// sequences (the reader's "is it UTF-8 with a few bad bytes, or another encoding?").
struct Utf8Scan {
  size_t first_bad = std::string_view::npos;
  size_t bad = 0;
  size_t multibyte = 0;
  bool has_nul = false;
  size_t first_nul = 0;
};

Utf8Scan scan_utf8(std::string_view bytes, bool stop_at_first_bad) {
  Utf8Scan scan;
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t n = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < n) {
    // ASCII fast path, eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s + i, 8);
      if (w & 0x8080808080808080ULL) break;
      // A NUL byte in the word: (w - 0x01..) & ~w & 0x80.. is non-zero.
      if ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    // Three-byte sequences with a lead byte E1..EC or EE..EF (nearly all of CJK) need no
    // range check on the second byte.
    const uint8_t lead = s[i];
    if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80) {
      ++scan.multibyte;
      i += 3;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      if (scan.first_bad == std::string_view::npos) scan.first_bad = start;
      ++scan.bad;
      if (stop_at_first_bad) return scan;
    } else if (c == 0) {
      if (!scan.has_nul) scan.first_nul = start;
      scan.has_nul = true;
    } else if (c >= 0x80) {
      ++scan.multibyte;
    }
  }
  return scan;
}

Decoded failure(std::string encoding, uint64_t offset, std::string message) {
  Decoded d;
  d.encoding = std::move(encoding);
  d.offset = offset;
  d.message = std::move(message);
  return d;
}

// Well-formed UTF-8 input, as decoded text.
Decoded utf8_text(std::string_view bytes) {
  Decoded d;
  d.ok = true;
  d.encoding = "UTF-8";
  d.text.assign(bytes);
  normalize_line_ends(d.text);
  return d;
}

Decoded decode_utf8(std::string_view bytes, uint64_t skipped) {
  const size_t bad = first_invalid_utf8(bytes);
  if (bad != std::string_view::npos) {
    return failure("UTF-8", skipped + bad, "invalid UTF-8 sequence");
  }
  return utf8_text(bytes);
}

// Any other encoding, through an ICU converter that stops at the first bad sequence.
Decoded decode_icu(std::string_view bytes, const std::string& name, uint64_t skipped) {
  UErrorCode status = U_ZERO_ERROR;
  Converter conv(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status) || !conv) {
    return failure(name, 0, std::string("unknown encoding: ") + u_errorName(status));
  }
  // Errors name the encoding as the user (or the detection) called it, not ICU's internal
  // name ("IBM-1375_P100-2008").
  std::string encoding = name;
  for (char& c : encoding) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  status = U_ZERO_ERROR;
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return failure(encoding, 0, "cannot set the ICU callback");

  // Every encoding ICU reads yields at most one UTF-16 unit per input byte, plus slack.
  std::u16string units(bytes.size() + 16, u'\0');
  UChar* target = reinterpret_cast<UChar*>(units.data());
  UChar* const target_begin = target;
  const char* source = bytes.data();
  status = U_ZERO_ERROR;
  ucnv_toUnicode(conv.get(), &target, target_begin + units.size(), &source,
                 bytes.data() + bytes.size(), nullptr, /*flush=*/true, &status);
  if (U_FAILURE(status)) {
    char invalid[32];
    int8_t invalid_len = sizeof(invalid);
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(conv.get(), invalid, &invalid_len, &ignored);
    if (U_FAILURE(ignored)) invalid_len = 0;
    const uint64_t offset = static_cast<uint64_t>(source - bytes.data()) - invalid_len;
    std::string what = status == U_TRUNCATED_CHAR_FOUND ? "truncated " : "invalid ";
    return failure(encoding, skipped + offset, what + encoding + " sequence");
  }
  const int32_t length = static_cast<int32_t>(target - target_begin);
  Decoded d;
  d.encoding = std::move(encoding);
  int32_t needed = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8(nullptr, 0, &needed, target_begin, length, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
    return failure(d.encoding, 0, std::string("cannot convert to UTF-8: ") + u_errorName(status));
  }
  d.text.resize(static_cast<size_t>(needed));
  status = U_ZERO_ERROR;
  u_strToUTF8(d.text.data(), needed, &needed, target_begin, length, &status);
  if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING) {
    return failure(d.encoding, 0, std::string("cannot convert to UTF-8: ") + u_errorName(status));
  }
  normalize_line_ends(d.text);
  d.ok = true;
  return d;
}

// Traditional-character archives (Hong Kong, Macau, Taiwan) are often Big5, whose bytes
// are nearly all valid GB18030 too: ask ICU's statistical detector which of the two the
// text reads as. Ties (short texts) go to GB18030.
bool reads_as_big5(std::string_view bytes) {
  // The detector is slow; most GB text never needs it. Simplified Chinese in GB18030 keeps
  // both bytes of a character in A1..FE (the GB2312 area), while Big5 puts about two in five
  // trail bytes in 40..7E. Ask the detector only when more than 1 in 20 do.
  const std::string_view head = bytes.substr(0, 1 << 16);
  size_t pairs = 0, low_trail = 0;
  for (size_t i = 0; i + 1 < head.size();) {
    const auto b = static_cast<unsigned char>(head[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    ++pairs;
    low_trail += static_cast<unsigned char>(head[i + 1]) < 0xA1;
    i += 2;
  }
  if (low_trail * 20 <= pairs) return false;
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&status);
  if (U_FAILURE(status)) return false;
  const std::string_view sample = bytes.substr(0, 1 << 16);
  ucsdet_setText(detector, sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t n = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector, &n, &status);
  int32_t big5 = 0, gb = 0;
  for (int32_t k = 0; U_SUCCESS(status) && k < n; ++k) {
    const std::string_view name = ucsdet_getName(matches[k], &status);
    const int32_t confidence = ucsdet_getConfidence(matches[k], &status);
    if (name == "Big5") big5 = std::max(big5, confidence);
    if (name == "GB18030") gb = std::max(gb, confidence);
  }
  ucsdet_close(detector);
  return U_SUCCESS(status) && big5 > gb;
}

}  // namespace

bool may_be_read_as_utf8(std::string_view encoding) {
  return encoding.empty() || encoding == "auto" || is_utf8_name(encoding);
}

size_t first_invalid_utf8(std::string_view bytes) {
  return scan_utf8(bytes, /*stop_at_first_bad=*/true).first_bad;
}

void normalize_line_ends(std::string& text) {
  const size_t first = text.find('\r');
  if (first == std::string::npos) return;
  size_t w = first;
  for (size_t r = first; r < text.size(); ++r) {
    const char c = text[r];
    if (c == '\r') {
      text[w++] = '\n';
      if (r + 1 < text.size() && text[r + 1] == '\n') ++r;
    } else {
      text[w++] = c;
    }
  }
  text.resize(w);
}

Status check_encoding(std::string_view encoding) {
  if (encoding == "auto" || is_utf8_name(encoding)) return Status::Ok();
  UErrorCode status = U_ZERO_ERROR;
  Converter conv(ucnv_open(std::string(encoding).c_str(), &status));
  if (U_FAILURE(status) || !conv) {
    return Status::InvalidArgument("unknown encoding '" + std::string(encoding) +
                                   "' (try utf-8, gb18030, gbk, utf-16le, utf-16be, big5)");
  }
  return Status::Ok();
}

Decoded decode(std::string_view bytes, std::string_view encoding) {
  const bool automatic = encoding.empty() || encoding == "auto";
  const std::string name = lower(encoding);
  if (bytes.starts_with(kUtf8Bom) && (automatic || is_utf8_name(name))) {
    return decode_utf8(bytes.substr(kUtf8Bom.size()), kUtf8Bom.size());
  }
  if (bytes.starts_with(kUtf16LeBom) && (automatic || name == "utf-16le" || name == "utf-16")) {
    return decode_icu(bytes.substr(2), "UTF-16LE", 2);
  }
  if (bytes.starts_with(kUtf16BeBom) && (automatic || name == "utf-16be" || name == "utf-16")) {
    return decode_icu(bytes.substr(2), "UTF-16BE", 2);
  }
  if (!automatic) {
    if (is_utf8_name(name)) return decode_utf8(bytes, 0);
    return decode_icu(bytes, std::string(encoding), 0);
  }
  const Utf8Scan scan = scan_utf8(bytes, /*stop_at_first_bad=*/false);
  if (scan.has_nul) {
    return failure("auto", scan.first_nul,
                   "NUL byte: binary data, or UTF-16 without a byte order mark "
                   "(use --encoding utf-16le or utf-16be)");
  }
  if (scan.bad == 0) return utf8_text(bytes);
  // Mostly well-formed UTF-8 with a few bad bytes: a damaged UTF-8 file, not GB18030
  // (where nearly every two-byte character is ill-formed UTF-8).
  if (scan.multibyte >= 4 * scan.bad) {
    return failure("UTF-8", scan.first_bad, "invalid UTF-8 sequence");
  }
  if (reads_as_big5(bytes)) return decode_icu(bytes, "Big5-HKSCS", 0);
  return decode_icu(bytes, "GB18030", 0);
}

}  // namespace guanxi
