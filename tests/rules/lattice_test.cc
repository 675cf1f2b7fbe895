// The lattice matcher (extract/engine/program.h, backtracker.h, lattice.h) against RE2, its
// reference: on hand-picked patterns of the shapes rules use, and on random patterns and
// texts, every search must find the same match with the same groups as RE2 does with the
// lexicons written out as alternations. Also: what it refuses, and hostile input.
#include <gtest/gtest.h>
#include <algorithm>
#include <functional>
#include <re2/re2.h>

#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "extract/engine/backtracker.h"
#include "extract/engine/compiled_pattern.h"
#include "extract/engine/lattice.h"
#include "extract/engine/literal_trie.h"
#include "extract/engine/pattern.h"
#include "extract/engine/program.h"
#include "extract/engine/rule_tests.h"
#include "extract/engine/ruleset_impl.h"
#include "extract/ruleset.h"

namespace guanxi::engine {
namespace {

// Lexicons by name, with their tries.
class Lexicons {
 public:
  void add(const std::string& name, std::vector<std::string> entries) {
    entries_[name] = std::move(entries);
    tries_[name] = std::make_unique<LiteralTrie>(entries_[name]);
  }
  LexiconLookup lookup() const {
    return [this](const std::string& name) -> std::optional<LexiconRef> {
      auto it = entries_.find(name);
      if (it == entries_.end()) return std::nullopt;
      return LexiconRef{&it->second, tries_.at(name).get()};
    };
  }
  // The pattern as RE2 sees it: each {name} written out as the lexicon's alternation.
  std::string for_re2(const std::string& pattern) const {
    std::string out;
    auto err = expand_references(
        pattern,
        [this](const std::string& name) -> std::optional<std::string> {
          auto it = entries_.find(name);
          if (it == entries_.end()) return std::nullopt;
          return lexicon_alternation(it->second);
        },
        &out);
    EXPECT_FALSE(err.has_value()) << *err;
    return out;
  }

 private:
  std::map<std::string, std::vector<std::string>> entries_;
  std::map<std::string, std::unique_ptr<LiteralTrie>> tries_;
};

// One search both ways; the match and every group as byte spans, "none" when no match.
std::string by_re2(const RE2& re, const std::string& text, size_t from, bool anchored) {
  std::vector<re2::StringPiece> g(re.NumberOfCapturingGroups() + 1);
  if (!re.Match(text, from, text.size(), anchored ? RE2::ANCHOR_START : RE2::UNANCHORED, g.data(),
                static_cast<int>(g.size()))) {
    return "none";
  }
  std::string out;
  for (const auto& s : g) {
    out += s.data() == nullptr ? "[-]" : "[" + std::to_string(s.data() - text.data()) + "," +
                                             std::to_string(s.data() - text.data() + s.size()) + ")";
  }
  return out;
}

std::string by_lattice(const Program& prog, Lattice& lattice, Backtracker& bt, size_t from, bool anchored) {
  std::vector<int32_t> slots;
  if (!bt.search(prog, lattice, lattice.char_of(from), anchored, &slots)) return "none";
  std::string out;
  for (size_t g = 0; g < slots.size(); g += 2) {
    out += slots[g] < 0 || slots[g + 1] < 0
               ? "[-]"
               : "[" + std::to_string(lattice.byte_of(slots[g])) + "," + std::to_string(lattice.byte_of(slots[g + 1])) + ")";
  }
  return out;
}

std::string by_lattice(const Program& prog, const std::string& text, size_t from, bool anchored) {
  Lattice lattice;
  lattice.reset(text);
  Backtracker bt;
  return by_lattice(prog, lattice, bt, from, anchored);
}

// Every search (each character start, anchored and not) agrees; returns the number compared.
int expect_same(const Lexicons& lex, const std::string& written, const std::vector<std::string>& texts) {
  std::string pattern = written;
  rewrite_trailing_lookahead(&pattern);  // as the loader does
  Program prog;
  auto err = compile_program(pattern, lex.lookup(), &prog);
  EXPECT_FALSE(err.has_value()) << pattern << ": " << err.value_or("");
  if (err) return 0;
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  RE2 re(lex.for_re2(pattern), o);
  EXPECT_TRUE(re.ok()) << pattern << ": " << re.error();
  if (!re.ok()) return 0;
  EXPECT_EQ(prog.groups, re.NumberOfCapturingGroups()) << pattern;
  // One backtracker for every search and one lattice per text, searched forwards then
  // backwards, anchored and not: what a failed search leaves in the memo must never change
  // the next answer.
  static Backtracker shared;
  int compared = 0;
  for (const std::string& text : texts) {
    Lattice lattice;
    lattice.reset(text);
    std::vector<size_t> starts;
    for (size_t from = 0; from <= text.size(); ++from) {
      if (from == text.size() || (static_cast<unsigned char>(text[from]) & 0xC0) != 0x80) starts.push_back(from);
    }
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t from : starts) {
        for (bool anchored : {false, true}) {
          EXPECT_EQ(by_lattice(prog, lattice, shared, from, anchored), by_re2(re, text, from, anchored))
              << "pattern " << pattern << "\ntext " << text << "\nfrom byte " << from << (anchored ? " anchored" : "");
          ++compared;
        }
      }
      std::reverse(starts.begin(), starts.end());
    }
  }
  return compared;
}

TEST(Lattice, ShapesOfTheShippedRules) {
  Lexicons lex;
  lex.add("titles", {"市长", "副市长", "书记", "副书记", "主任", "常委"});
  lex.add("surnames", {"韩", "苏", "欧阳"});
  lex.add("verbs", {"出席", "主持", "主持召开"});
  lex.add("chars", {"阿", "德"});  // single characters: compiled as a class
  const std::vector<std::string> texts = {
      "北屿市副市长韩明远、苏青出席会议。",
      "市委书记欧阳振华主持召开常委会，副书记韩一鸣出席。",
      "会议由市长阿德·罗兰主持。",
      "",
      "主任",
      "市长市长市长",
      "（北屿）科技公司主任韩岩，abc 12 主持",
  };
  const char* patterns[] = {
      "(?P<t>[^、，。]{0,6}?(?:{titles}))(?P<p>(?:{surnames})\\p{Han}{1,2}?)(?:、(?P<q>\\p{Han}{2,3}?))?(?=[、，。]|{verbs})",
      "(?:^|[，。])(?P<x>\\p{Han}{2,4})(?:{verbs})",
      "{titles}+",
      "(?:{titles})*?韩",
      "(?P<a>{titles}|市)(?P<b>长|长市)?",
      "(?:{chars})+·\\p{Han}+",
      "[^\\P{Han}市省]\\p{Han}{0,3}",
      "\\p{Han}{2,3}?(?:主持|出席)",
      "(a|ab)(c|bcd)(d*)",
      "[0-9a-c ]+\\s*\\d*",
      "(?P<all>.*)$",
      "^$",
      "x*",
      "(?:)|韩",
      "\\x{3000}|[\\x{FF08}（]\\p{Han}{2,4}[）)]",
      "(?:(?:{titles})、?)+(?P<n>\\p{Han}{2})",
      "(?:[^，。]|“[^”]{1,4}”){0,}?(?:会议|常委会)",
      "韩{2,}|苏{0,1}?明",
  };
  int compared = 0;
  for (const char* p : patterns) compared += expect_same(lex, p, texts);
  EXPECT_GT(compared, 1000);
}

// Random patterns over a small alphabet, where lexicon entries overlap and nest, against
// random texts: the same matches as RE2, search after search.
TEST(Lattice, RandomPatternsAgreeWithRe2) {
  Lexicons lex;
  lex.add("w", {"甲乙", "甲", "乙丙丙", "丙"});
  lex.add("v", {"乙", "乙乙甲"});
  std::mt19937 rng(20261122);
  const std::vector<std::string> atoms = {"甲", "乙", "丙", "、", "[甲乙]", "[^丙]", "\\p{Han}", ".", "{w}", "{v}", "(?:)"};
  const std::vector<std::string> quantifiers = {"", "", "", "*", "+", "?", "*?", "+?", "??", "{1,3}", "{0,2}?", "{2}"};
  int named = 0;  // group names must differ
  std::function<std::string(int)> gen = [&](int depth) -> std::string {
    std::string out;
    const int parts = 1 + static_cast<int>(rng() % 3);
    for (int i = 0; i < parts; ++i) {
      std::string a;
      if (depth > 0 && rng() % 3 == 0) {
        const int kind = static_cast<int>(rng() % 3);
        const std::string open = kind == 0 ? "(" : kind == 1 ? "(?:" : "(?P<g" + std::to_string(++named) + ">";
        a = open + gen(depth - 1) + (rng() % 2 ? "|" + gen(depth - 1) : "") + ")";
      } else {
        a = atoms[rng() % atoms.size()];
      }
      // Loops over what can match the empty string included: the matcher compiles them as
      // RE2 does ((x+)? for x*), so it chooses among empty iterations as RE2 does.
      a += quantifiers[rng() % quantifiers.size()];
      out += a;
    }
    if (rng() % 5 == 0) out = (rng() % 2 ? "^" : "") + out + (rng() % 2 ? "$" : "");
    return out;
  };
  const std::string alphabet[] = {"甲", "乙", "丙", "、", "x"};
  int compared = 0;
  for (int round = 0; round < 2000; ++round) {
    named = 0;
    const std::string pattern = gen(2);
    std::vector<std::string> texts;
    for (int t = 0; t < 4; ++t) {
      std::string text;
      const int len = static_cast<int>(rng() % 9);
      for (int k = 0; k < len; ++k) text += alphabet[rng() % 5];
      texts.push_back(text);
    }
    compared += expect_same(lex, pattern, texts);
    if (::testing::Test::HasFailure()) break;  // one pattern's diff is enough to read
  }
  EXPECT_GT(compared, 10000);
}

// A backtracker keeps what a failed search visited only for the same program on the same
// text: another lattice (even one whose text is as long, or longer) or a program compiled
// anew into the same object starts from nothing.
TEST(Lattice, MemoIsNeverReusedAcrossTextsOrPrograms) {
  Lexicons lex;
  Program prog;
  ASSERT_FALSE(compile_program("x(a+)b", lex.lookup(), &prog).has_value());
  Backtracker bt;
  Lattice a, b, c;
  a.reset("xaaac");
  EXPECT_EQ(by_lattice(prog, a, bt, 0, false), "none");
  b.reset("xaaab");
  EXPECT_EQ(by_lattice(prog, b, bt, 0, false), "[0,5)[1,4)");
  EXPECT_EQ(by_lattice(prog, a, bt, 0, false), "none");
  std::string longer;
  for (int i = 0; i < 2000; ++i) longer += "xaaac";
  longer += "xaaab";
  c.reset(longer);
  EXPECT_EQ(by_lattice(prog, c, bt, 0, false), "[10000,10005)[10001,10004)");
  ASSERT_FALSE(compile_program("a", lex.lookup(), &prog).has_value());  // same object, new program
  EXPECT_EQ(by_lattice(prog, a, bt, 0, false), "[1,2)");
}

// A CompiledPattern keeps the lattice of the text it last ran on while the text is the same;
// the same buffer rewritten in place (same address, same length) is another text.
TEST(Lattice, CompiledPatternSeesTextRewrittenInPlace) {
  Lexicons lex;
  lex.add("titles", {"市长", "主任"});
  CompiledPattern cp;
  cp.re = std::make_unique<RE2>("(?:市长|主任)");
  cp.program = std::make_unique<Program>();
  ASSERT_FALSE(compile_program("{titles}", lex.lookup(), cp.program.get()).has_value());
  std::string buffer = "副市长韩一鸣";
  const char* address = buffer.data();
  ASSERT_TRUE(cp.find(buffer).has_value());
  EXPECT_EQ(cp.find(buffer)->first, 3u);
  buffer.replace(0, 9, "区委员");  // as many bytes: the buffer does not move
  ASSERT_EQ(buffer.data(), address);
  EXPECT_FALSE(cp.find(buffer).has_value()) << buffer;
  buffer.replace(0, 9, "主任之");
  ASSERT_TRUE(cp.find(buffer).has_value());
  EXPECT_EQ(cp.find(buffer)->first, 0u);
}

TEST(Lattice, RefusesWhatItDoesNotKnow) {
  Lexicons lex;
  lex.add("titles", {"市长"});
  for (const char* p : {"(?i)abc", "a\\bb", "[[:alpha:]]", "\\p{Latin}", "a**", "(?=x)y", "{nope}", "(a", "a)", "[a"}) {
    Program prog;
    EXPECT_TRUE(compile_program(p, lex.lookup(), &prog).has_value()) << p;
  }
}

TEST(Lattice, InvalidUtf8IsNoCharacterOfAnyClass) {
  Lexicons lex;
  Program prog;
  ASSERT_FALSE(compile_program("[^a]+", lex.lookup(), &prog).has_value());
  const std::string text = std::string("b\xFF") + "c";
  EXPECT_EQ(by_lattice(prog, text, 0, false), "[0,1)");
}

// A pattern that backtracks exponentially in a naive matcher, on 200 KB of text: the
// memo bounds the work by program size times text length, so this finishes (a hang would
// trip the test's timeout).
TEST(Lattice, HostileTextStaysLinear) {
  Lexicons lex;
  lex.add("w", {"甲", "甲甲", "甲甲甲"});
  Program prog;
  ASSERT_FALSE(compile_program("(?:(?:{w})*|\\p{Han}*)*(?:{w}){2,8}乙", lex.lookup(), &prog).has_value());
  std::string text;
  for (int i = 0; i < 60000; ++i) text += "甲";
  EXPECT_EQ(by_lattice(prog, text, 0, false), "none");
}

TEST(Lattice, RuleOnlyRe2CanRunIsLintedAndStillMatches) {
  auto rules = Ruleset::load_text(R"(
version: 1
rules:
  - name: word_boundary
    stage: relation
    pattern: '\bAB(?P<who>\p{Han}{2})'
    captures: {who: person}
    emit: [[who, attended, $article]]
    examples:
      - text: 'AB韩明出席。'
        expect: [[韩明, attended, 'AB韩明出席。']]
)", "lattice_test.yaml");
  ASSERT_TRUE(rules.ok()) << rules.status().to_string();
  const Rule& r = (*rules)->impl().rules[0];
  EXPECT_EQ(r.program, nullptr);
  EXPECT_NE(r.program_error.find("\\b"), std::string::npos) << r.program_error;
  bool linted = false;
  for (const auto& f : lint(**rules)) linted |= f.kind == "slow" && f.message.find("word_boundary") != std::string::npos;
  EXPECT_TRUE(linted);
}

}  // namespace
}  // namespace guanxi::engine
