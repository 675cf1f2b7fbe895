// Program: a rule's pattern compiled for the lattice matcher (extract/engine/lattice.h).
//
// The pattern language is RE2's syntax, the part of it rules use, with one difference in
// what it compiles to: a lexicon reference `{titles}` stays one instruction that consumes an
// entry of the lexicon, found by the lexicon's character trie, instead of becoming an
// alternation of thousands of strings inside an automaton. The program is then small (a few
// hundred instructions for the largest rule), so no automaton has to be built lazily on new
// text and captures cost little (docs/rules.md, "Speed").
//
// Semantics are RE2's (leftmost-first, Perl's choice among alternatives and quantifiers):
// the entries of a lexicon are tried longest first, as the lexicon's alternation lists them.
// compile_program() refuses what it does not know (flags, \b, POSIX classes, properties
// other than Han); the loader then keeps the rule on RE2 and `guanxi rules lint` says so.
//
// A Program is built once by the loader and immutable afterwards; it points at tries owned
// by Ruleset::Impl.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/engine/literal_trie.h"

namespace guanxi::engine {

// A set of characters as sorted, disjoint, non-adjacent ranges; a set of many ranges also
// has a bitmap of the Basic Multilingual Plane (shared by every equal set, see intern()).
struct CharSet {
  std::vector<std::pair<char32_t, char32_t>> ranges;
  std::shared_ptr<const std::vector<uint64_t>> bmp;

  bool contains(char32_t c) const {
    if (bmp && c <= 0xFFFF) return ((*bmp)[c >> 6] >> (c & 63)) & 1;
    return in_ranges(c);
  }
  bool in_ranges(char32_t c) const;
  // Gives a set of more than four ranges its bitmap, one per distinct set in the process.
  void intern();
};

struct Inst {
  enum Op : uint8_t { kChar, kClass, kRepeat, kLazyRepeat, kLexicon, kSplit, kJump, kSave, kBegin, kEnd, kMatch };
  Op op = kMatch;
  // kChar: the character; kClass, kRepeat, kLazyRepeat: class; kLexicon: lexicon; kSave:
  // slot; kSplit, kJump: the preferred target
  uint32_t x = 0;
  // kSplit: the other target; kRepeat, kLazyRepeat: min << 16 | max, how many characters of
  // the class it consumes (most first, or fewest first), one instruction instead of max
  // copies, so that what follows is one state per character whatever the count
  uint32_t y = 0;
};

struct Program {
  uint64_t id = 0;  // unique in the process, set by compile_program (keys a Backtracker's memo)
  std::vector<Inst> insts;
  std::vector<CharSet> classes;
  std::vector<const LiteralTrie*> lexicons;
  int groups = 0;  // capturing groups, numbered from 1 in the order of their '(' (as RE2)
  std::vector<std::string> group_names;  // by group number; "" for an unnamed group; [0] = ""
  // Which characters can begin a match (a BMP bitmap; characters above U+FFFF are let
  // through when `first_astral`); `first_any` when a match can begin anywhere (a pattern
  // that can match the empty string, or begins with an assertion at the end).
  // A path through `^` (kBegin) begins a match only at the text's first character: it adds
  // `first_at_begin`, not its characters (`(?:^|，)X` starts only at 0 or at a comma).
  std::vector<uint64_t> first;
  bool first_astral = false;
  bool first_any = false;
  bool first_at_begin = false;

  bool may_start_with(char32_t c) const {
    if (first_any) return true;
    if (c > 0xFFFF) return first_astral && c <= 0x10FFFF;
    return (first[c >> 6] >> (c & 63)) & 1;
  }
  // May a match begin at character p of a text of n characters whose character p is c?
  bool may_start_at(size_t p, size_t n, char32_t c) const {
    if (p == 0 && first_at_begin) return true;
    return p < n ? may_start_with(c) : first_any;
  }

  // The same question for the branches of a split and for a lexicon: may the path from
  // instruction `pc` (a split's target, a lexicon reference) consume `c` first? A 1024-bit filter of character hashes per target, so a
  // "yes" may be wrong but a "no" never is: the backtracker skips a branch that cannot begin
  // here without visiting it (most branches of a big alternation die on their first
  // character). kAnyFirst: the path may consume anything, or nothing.
  static constexpr uint32_t kAnyFirst = 0xFFFFFFFF;
  using FirstFilter = std::array<uint64_t, 16>;
  std::vector<uint32_t> first_filter;  // by instruction: index into `first_filters`, or kAnyFirst
  std::vector<FirstFilter> first_filters;
  static uint32_t filter_bit(char32_t c) { return (static_cast<uint32_t>(c) * 0x9E3779B1u) >> 22; }
  bool may_begin(uint32_t pc, char32_t c) const {
    const uint32_t f = first_filter[pc];
    if (f == kAnyFirst) return true;
    const uint32_t b = filter_bit(c);
    return (first_filters[f][b >> 6] >> (b & 63)) & 1;
  }
};

// A lexicon as the compiler sees it: its entries (for the characters that can begin one,
// and to compile a lexicon of single characters as a class) and its trie (to match).
struct LexiconRef {
  const std::vector<std::string>* entries = nullptr;
  const LiteralTrie* trie = nullptr;
};
using LexiconLookup = std::function<std::optional<LexiconRef>(const std::string& name)>;

// Compiles `pattern` (fragments already expanded, lexicon references left as `{name}`).
// Returns an error message for syntax it does not support or an unknown lexicon.
std::optional<std::string> compile_program(std::string_view pattern, const LexiconLookup& lexicons, Program* out);

// The characters of RE2's \p{Han}, from ICU's Unicode data.
const CharSet& han_characters();

}  // namespace guanxi::engine
