#include "extract/normalize.h"

#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>
#include <utility>

namespace guanxi {

namespace {

// The traditional -> simplified map, built once from ICU. `bmp_bits` answers "does this
// BMP code point change?" with one bit test, so simplified text pays almost nothing.
struct SimplifyTable {
  std::array<uint64_t, 0x10000 / 64> bmp_bits{};
  std::vector<std::pair<char32_t, char32_t>> map;  // sorted by the first member
  bool available = false;

  bool may_change(char32_t c) const {
    if (c < 0x10000) return (bmp_bits[c >> 6] >> (c & 63)) & 1;
    return !map.empty() && c >= 0x20000 && c <= map.back().first;
  }
  char32_t lookup(char32_t c) const {
    auto it = std::lower_bound(map.begin(), map.end(), std::make_pair(c, char32_t{0}));
    return (it != map.end() && it->first == c) ? it->second : c;
  }
};

SimplifyTable build_simplify_table() {
  SimplifyTable table;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
      "Traditional-Simplified", UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !t) return table;
  icu::UnicodeSet source;
  t->getSourceSet(source);
  for (int32_t r = 0; r < source.getRangeCount(); ++r) {
    for (UChar32 c = source.getRangeStart(r); c <= source.getRangeEnd(r); ++c) {
      icu::UnicodeString s(c);
      t->transliterate(s);
      // The transform is one character to one character; anything else is left alone
      // so that offsets stay exact.
      if (s.countChar32() != 1 || s.char32At(0) == c) continue;
      table.map.emplace_back(static_cast<char32_t>(c), static_cast<char32_t>(s.char32At(0)));
    }
  }
  std::sort(table.map.begin(), table.map.end());
  for (const auto& [from, to] : table.map) {
    if (from < 0x10000) table.bmp_bits[from >> 6] |= uint64_t{1} << (from & 63);
  }
  table.available = true;
  return table;
}

const SimplifyTable& simplify_table() {
  static const SimplifyTable table = build_simplify_table();
  return table;
}

// The half-width marks that become full-width next to CJK text.
constexpr bool is_convertible_ascii(unsigned char b) {
  return b == ',' || b == ';' || b == ':' || b == '(' || b == ')' || b == '?' || b == '!';
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// The canonical replacement of `c`, or `c` itself. kDrop means "emit nothing".
constexpr char32_t kDrop = 0xFFFFFFFF;

char32_t canonical(char32_t c, const SimplifyTable& table) {
  if (c >= 0xFF01 && c <= 0xFF5E) {
    switch (c) {
      case 0xFF0C: case 0xFF1B: case 0xFF1A: case 0xFF08: case 0xFF09: case 0xFF1F:
      case 0xFF01:
        return c;  // ，；：（）？！ are the canonical Chinese marks
      default:
        return c - 0xFEE0;
    }
  }
  switch (c) {
    case 0x3000: case 0x00A0: return ' ';
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: return kDrop;
    case 0x30FB: case 0xFF65: case 0x2027: case 0x2022: return 0x00B7;
    case 0xFF61: return 0x3002;
    case 0xFF64: return 0x3001;
    case 0xFF62: return 0x300C;
    case 0xFF63: return 0x300D;
    default: break;
  }
  if (c >= 0x2000 && c <= 0x200A) return ' ';
  if (c >= 0x3400 && table.may_change(c)) return table.lookup(c);
  return c;
}

char32_t fullwidth_of(unsigned char b) {
  switch (b) {
    case ',': return 0xFF0C;
    case ';': return 0xFF1B;
    case ':': return 0xFF1A;
    case '(': return 0xFF08;
    case ')': return 0xFF09;
    case '?': return 0xFF1F;
    default: return 0xFF01;  // '!'
  }
}

// The ')' closing the '(' at `open` on the same line (within 256 bytes), and whether CJK
// text is inside the pair or right after it.
struct Pair {
  size_t close = std::string_view::npos;
  bool cjk = false;
};

Pair find_pair(std::string_view s, size_t open) {
  Pair pair;
  const size_t limit = std::min(s.size(), open + 256);
  size_t i = open + 1;
  while (i < limit) {
    const char c = s[i];
    if (c == '\n' || c == '(') return Pair{};
    if (c == ')') {
      pair.close = i;
      size_t j = i + 1;
      if (j < s.size() && is_cjk(next_code_point(s, j))) pair.cjk = true;
      return pair;
    }
    if (is_cjk(next_code_point(s, i))) pair.cjk = true;
  }
  return Pair{};
}

}  // namespace

bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF) || c == 0x3007;
}

bool is_cjk(char32_t c) {
  return is_han(c) || (c >= 0x2E80 && c <= 0x33FF) || (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2018 && c <= 0x201D) || c == 0x2026;
}

void append_normalized(std::string_view input, uint32_t base, std::string& out,
                       std::vector<uint32_t>& origin) {
  const SimplifyTable& table = simplify_table();
  out.reserve(out.size() + input.size());
  origin.reserve(origin.size() + input.size());
  // Unchanged text is copied in runs: [run, i) is pending.
  size_t run = 0;
  auto flush = [&](size_t end) {
    if (end == run) return;
    out.append(input.data() + run, end - run);
    const size_t old = origin.size();
    origin.resize(old + (end - run));
    uint32_t* o = origin.data() + old;
    const uint32_t first = base + static_cast<uint32_t>(run);
    for (size_t k = 0; k < end - run; ++k) o[k] = first + static_cast<uint32_t>(k);
  };
  auto replace = [&](size_t start, size_t end, char32_t r) {
    flush(start);
    if (r != kDrop) {
      const size_t before = out.size();
      append_utf8(out, r);
      origin.insert(origin.end(), out.size() - before, base + static_cast<uint32_t>(start));
    }
    run = end;
  };
  char32_t prev = 0;
  size_t i = 0;
  const size_t n = input.size();
  size_t pending_close = std::string_view::npos;  // the ')' of the last '(' seen
  bool pending_convert = false;
  while (i < n) {
    const auto b = static_cast<unsigned char>(input[i]);
    if (b < 0x80) {
      if (is_convertible_ascii(b)) {
        size_t j = i + 1;
        const char32_t next = j < n ? next_code_point(input, j) : 0;
        bool convert = is_cjk(prev) || is_cjk(next);
        if (b == '(') {
          // A pair converts together: "(1)推进" is "（1）推进", not "(1）推进".
          const Pair pair = find_pair(input, i);
          if (pair.close != std::string_view::npos) {
            convert = convert || pair.cjk;
            pending_close = pair.close;
            pending_convert = convert;
          }
        } else if (b == ')' && i == pending_close) {
          convert = pending_convert;
        }
        if (convert) replace(i, i + 1, fullwidth_of(b));
      }
      prev = b;
      ++i;
      continue;
    }
    const size_t start = i;
    const char32_t c = next_code_point(input, i);
    prev = c;
    if (i - start == 1) continue;  // an invalid byte passes through
    const char32_t r = canonical(c, table);
    if (r != c) replace(start, i, r);
  }
  flush(n);
}

std::string normalize_text(std::string_view input) {
  std::string out;
  std::vector<uint32_t> origin;
  append_normalized(input, 0, out, origin);
  return out;
}

bool traditional_to_simplified_available() { return simplify_table().available; }

}  // namespace guanxi
