// Decoding: the bytes of one input (a file, standard input) to UTF-8 text with '\n' line
// ends, through ICU, never substituting a byte silently.
//
// Detection ("auto"): a byte order mark first (UTF-8, UTF-16LE, UTF-16BE; the mark is
// dropped), then "is it valid UTF-8", then GB18030 (a superset of GBK and GB2312), or
// Big5-HKSCS when ICU's charset detector finds the text reads better as Big5 (Hong Kong,
// Macau and Taiwan archives; short texts go to GB18030). Input
// that is mostly valid UTF-8 with a few bad bytes is reported as bad UTF-8 at the first bad
// byte rather than decoded as GB18030 mojibake; input with NUL bytes (binary data, UTF-16
// without a mark) is rejected. A forced encoding ("utf-8", "gb18030", "gbk", "utf-16le",
// "big5", any name ICU knows) skips detection (a matching mark is still dropped).
// CRLF and lone CR become '\n'.
//
// Thread-safety: stateless; safe to call concurrently (each call opens its own converter).
// Failure: the outcome names the byte offset, in the input, of the first byte that does not
// decode (UCNV_TO_U_CALLBACK_STOP), and the encoding that was tried.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

namespace guanxi {

struct Decoded {
  bool ok = false;
  std::string text;       // UTF-8, '\n' line ends (when ok)
  std::string encoding;   // what was used: "UTF-8", "UTF-16LE", "GB18030", ...
  uint64_t offset = 0;    // first undecodable byte (when !ok)
  std::string message;    // "invalid GB18030 sequence" (when !ok)
};

// `encoding`: "auto" or a name ICU knows. See check_encoding for names that are refused.
Decoded decode(std::string_view bytes, std::string_view encoding);

// Ok for "auto" and any encoding name ICU can open; InvalidArgument otherwise.
Status check_encoding(std::string_view encoding);

// True for "auto" and the spellings of UTF-8 ("utf-8", "UTF8", ...): input the reader may
// read as UTF-8 a line at a time.
bool may_be_read_as_utf8(std::string_view encoding);

// Replaces CRLF and lone CR with '\n', in place.
void normalize_line_ends(std::string& text);

// Offset of the first byte that is not well-formed UTF-8, or `npos` when all of it is.
size_t first_invalid_utf8(std::string_view bytes);

}  // namespace guanxi
