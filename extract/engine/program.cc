#include "extract/engine/program.h"

#include <unicode/uniset.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <memory>

#include "extract/normalize.h"

namespace guanxi::engine {

namespace {

constexpr char32_t kMaxChar = 0x10FFFF;
constexpr int kMaxRepeat = 1000;  // RE2's limit for {n,m}

CharSet normalized(std::vector<std::pair<char32_t, char32_t>> r) {
  std::sort(r.begin(), r.end());
  CharSet out;
  for (const auto& [lo, hi] : r) {
    if (!out.ranges.empty() && lo <= out.ranges.back().second + 1) {
      out.ranges.back().second = std::max(out.ranges.back().second, hi);
    } else {
      out.ranges.emplace_back(lo, hi);
    }
  }
  return out;
}

CharSet complement(const CharSet& s) {
  CharSet out;
  char32_t next = 0;
  for (const auto& [lo, hi] : s.ranges) {
    if (lo > next) out.ranges.emplace_back(next, lo - 1);
    next = hi + 1;
  }
  if (next <= kMaxChar) out.ranges.emplace_back(next, kMaxChar);
  return out;
}

void add(std::vector<std::pair<char32_t, char32_t>>* r, const CharSet& s) {
  r->insert(r->end(), s.ranges.begin(), s.ranges.end());
}

CharSet of(std::initializer_list<std::pair<char32_t, char32_t>> r) { return normalized(r); }

// Decodes the UTF-8 character at `*i` and advances (extract/normalize.h); false on a byte
// that begins no valid character.
bool decode(std::string_view s, size_t* i, char32_t* c) {
  const size_t at = *i;
  *c = next_code_point(s, *i);
  return !(*i == at + 1 && static_cast<unsigned char>(s[at]) >= 0x80);
}

// ---- the syntax tree ------------------------------------------------------------------

struct Node {
  enum Kind { kEmpty, kClass, kLexicon, kConcat, kAlt, kRepeat, kGroup, kBegin, kEnd } kind = kEmpty;
  int index = 0;        // kClass, kLexicon: index in the program; kGroup: group number, 0 = none
  int min = 0, max = 0;  // kRepeat; max -1 = unbounded
  bool greedy = true;
  std::vector<std::unique_ptr<Node>> kids;
};
using NodePtr = std::unique_ptr<Node>;

NodePtr make(Node::Kind k) {
  auto n = std::make_unique<Node>();
  n->kind = k;
  return n;
}

class Parser {
 public:
  Parser(std::string_view p, const LexiconLookup& lexicons, Program* prog)
      : p_(p), lexicons_(lexicons), prog_(prog) {}

  NodePtr parse() {
    NodePtr n = alternation();
    if (!error_ && i_ < p_.size()) fail("unmatched ')'");
    return n;
  }
  const std::optional<std::string>& error() const { return error_; }

 private:
  void fail(std::string what) {
    if (!error_) error_ = std::move(what) + " at byte " + std::to_string(i_);
  }
  bool more() const { return !error_ && i_ < p_.size(); }
  char peek() const { return p_[i_]; }

  NodePtr alternation() {
    auto alt = make(Node::kAlt);
    alt->kids.push_back(concatenation());
    while (more() && peek() == '|') {
      ++i_;
      alt->kids.push_back(concatenation());
    }
    if (alt->kids.size() == 1) return std::move(alt->kids[0]);
    return alt;
  }

  NodePtr concatenation() {
    auto cat = make(Node::kConcat);
    while (more() && peek() != '|' && peek() != ')') {
      NodePtr a = atom();
      if (error_) return cat;
      while (more() && repeat(&a)) {
      }
      cat->kids.push_back(std::move(a));
    }
    return cat;
  }

  // A quantifier after `*a`, if one follows.
  bool repeat(NodePtr* a) {
    int lo = 0, hi = 0;
    const size_t at = i_;
    const char c = peek();
    if (c == '*') {
      lo = 0, hi = -1, ++i_;
    } else if (c == '+') {
      lo = 1, hi = -1, ++i_;
    } else if (c == '?') {
      lo = 0, hi = 1, ++i_;
    } else if (c == '{' && counted(&lo, &hi)) {
    } else {
      return false;
    }
    if ((*a)->kind == Node::kBegin || (*a)->kind == Node::kEnd || (*a)->kind == Node::kRepeat) {
      i_ = at;
      fail("quantifier after an assertion or a quantifier");
      return false;
    }
    auto r = make(Node::kRepeat);
    r->min = lo, r->max = hi;
    if (i_ < p_.size() && peek() == '?') {
      r->greedy = false;
      ++i_;
    }
    r->kids.push_back(std::move(*a));
    *a = std::move(r);
    return true;
  }

  // {n}, {n,}, {n,m} at i_; false (nothing consumed) when it is not one.
  bool counted(int* lo, int* hi) {
    size_t j = i_ + 1;
    auto number = [&](int* v) {
      const size_t b = j;
      long n = 0;
      while (j < p_.size() && p_[j] >= '0' && p_[j] <= '9' && n <= kMaxRepeat) n = n * 10 + (p_[j++] - '0');
      *v = static_cast<int>(n);
      return j > b;
    };
    if (!number(lo)) return false;
    *hi = *lo;
    if (j < p_.size() && p_[j] == ',') {
      ++j;
      if (!number(hi)) *hi = -1;
    }
    if (j >= p_.size() || p_[j] != '}') return false;
    if (*lo > kMaxRepeat || *hi > kMaxRepeat || (*hi >= 0 && *hi < *lo)) {
      fail("bad repetition");
      return false;
    }
    i_ = j + 1;
    return true;
  }

  NodePtr atom() {
    const char c = peek();
    if (c == '(') return group();
    if (c == '[') return char_class();
    if (c == '.') {
      ++i_;
      return class_node(complement(of({{'\n', '\n'}})));
    }
    if (c == '^') {
      ++i_;
      return make(Node::kBegin);
    }
    if (c == '$') {
      ++i_;
      return make(Node::kEnd);
    }
    if (c == '*' || c == '+' || c == '?') {
      fail("missing argument to repetition operator");
      return make(Node::kEmpty);
    }
    if (c == '{') {
      if (NodePtr lex = lexicon_reference()) return lex;
    }
    if (c == '\\') {
      ++i_;
      if (i_ < p_.size() && (peek() == 'A' || peek() == 'z')) {
        return make(peek() == 'A' ? (++i_, Node::kBegin) : (++i_, Node::kEnd));
      }
      CharSet s;
      if (!escape(&s)) return make(Node::kEmpty);
      return class_node(std::move(s));
    }
    char32_t ch = 0;
    if (!decode(p_, &i_, &ch)) {
      fail("invalid UTF-8");
      return make(Node::kEmpty);
    }
    return class_node(of({{ch, ch}}));
  }

  NodePtr lexicon_reference() {
    size_t j = i_ + 1;
    while (j < p_.size() && (std::isalnum(static_cast<unsigned char>(p_[j])) || p_[j] == '_')) ++j;
    if (j == i_ + 1 || j >= p_.size() || p_[j] != '}' || std::isdigit(static_cast<unsigned char>(p_[i_ + 1]))) {
      return nullptr;
    }
    const std::string name(p_.substr(i_ + 1, j - i_ - 1));
    std::optional<LexiconRef> ref = lexicons_(name);
    if (!ref || !ref->entries || !ref->trie) {
      fail("unknown lexicon {" + name + "}");
      return make(Node::kEmpty);
    }
    i_ = j + 1;
    // A lexicon of single characters is a class.
    std::vector<std::pair<char32_t, char32_t>> singles;
    bool all_single = !ref->entries->empty();
    for (const std::string& e : *ref->entries) {
      size_t k = 0;
      char32_t ch = 0;
      if (!decode(e, &k, &ch) || k != e.size()) {
        all_single = false;
        break;
      }
      singles.emplace_back(ch, ch);
    }
    if (all_single) return class_node(normalized(std::move(singles)));
    auto n = make(Node::kLexicon);
    n->index = static_cast<int>(prog_->lexicons.size());
    prog_->lexicons.push_back(ref->trie);
    lexicon_entries_.push_back(ref->entries);
    return n;
  }

  NodePtr group() {
    ++i_;  // '('
    int number = 0;
    if (p_.substr(i_, 2) == "?:") {
      i_ += 2;
    } else if (p_.substr(i_, 3) == "?P<") {
      const size_t close = p_.find('>', i_ + 3);
      if (close == std::string_view::npos) {
        fail("bad named group");
        return make(Node::kEmpty);
      }
      number = ++prog_->groups;
      prog_->group_names.emplace_back(p_.substr(i_ + 3, close - i_ - 3));
      i_ = close + 1;
    } else if (i_ < p_.size() && peek() == '?') {
      fail("unsupported group syntax");
      return make(Node::kEmpty);
    } else {
      number = ++prog_->groups;
      prog_->group_names.emplace_back();
    }
    auto g = make(Node::kGroup);
    g->index = number;
    g->kids.push_back(alternation());
    if (!more() || peek() != ')') {
      fail("missing ')'");
      return g;
    }
    ++i_;
    return g;
  }

  // The argument of \p or \x: "{...}", or else the next `n` bytes; false on a '{' never closed.
  bool braced_or(size_t n, std::string* out) {
    if (i_ < p_.size() && peek() == '{') {
      const size_t close = p_.find('}', i_);
      if (close == std::string_view::npos) return false;
      *out = std::string(p_.substr(i_ + 1, close - i_ - 1));
      i_ = close + 1;
      return true;
    }
    *out = std::string(p_.substr(i_, n));
    i_ += out->size();
    return true;
  }

  // After a backslash: a class escape or an escaped character, into `*s`.
  bool escape(CharSet* s) {
    if (i_ >= p_.size()) {
      fail("trailing backslash");
      return false;
    }
    const char c = p_[i_++];
    switch (c) {
      case 'd': *s = of({{'0', '9'}}); return true;
      case 'D': *s = complement(of({{'0', '9'}})); return true;
      case 's': *s = of({{'\t', '\n'}, {'\f', '\r'}, {' ', ' '}}); return true;
      case 'S': *s = complement(of({{'\t', '\n'}, {'\f', '\r'}, {' ', ' '}})); return true;
      case 'w': *s = of({{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}); return true;
      case 'W': *s = complement(of({{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}})); return true;
      case 'n': *s = of({{'\n', '\n'}}); return true;
      case 't': *s = of({{'\t', '\t'}}); return true;
      case 'r': *s = of({{'\r', '\r'}}); return true;
      case 'f': *s = of({{'\f', '\f'}}); return true;
      case 'v': *s = of({{'\v', '\v'}}); return true;
      case 'p':
      case 'P': {
        std::string name;
        if (!braced_or(1, &name)) break;
        if (name != "Han") {
          fail("unsupported property \\p{" + name + "}");
          return false;
        }
        *s = c == 'p' ? han_characters() : complement(han_characters());
        return true;
      }
      case 'x': {
        std::string hex;
        if (!braced_or(2, &hex)) break;
        if (hex.empty() || hex.size() > 6 || hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) break;
        const char32_t v = static_cast<char32_t>(std::stoul(hex, nullptr, 16));
        if (v > kMaxChar) break;
        *s = of({{v, v}});
        return true;
      }
      default:
        if (static_cast<unsigned char>(c) < 0x80 && !std::isalnum(static_cast<unsigned char>(c))) {
          *s = of({{static_cast<char32_t>(c), static_cast<char32_t>(c)}});
          return true;
        }
    }
    --i_;
    fail(std::string("unsupported escape \\") + c);
    return false;
  }

  NodePtr char_class() {
    ++i_;  // '['
    bool negated = false;
    if (i_ < p_.size() && peek() == '^') {
      negated = true;
      ++i_;
    }
    std::vector<std::pair<char32_t, char32_t>> r;
    bool first = true;
    while (more() && (peek() != ']' || first)) {
      first = false;
      if (p_.substr(i_, 2) == "[:") {
        fail("POSIX classes are not supported");
        break;
      }
      CharSet item;
      if (!class_item(&item)) break;
      // A range a-b (a '-' before ']' is a literal).
      if (item.ranges.size() == 1 && item.ranges[0].first == item.ranges[0].second && i_ + 1 < p_.size() &&
          peek() == '-' && p_[i_ + 1] != ']') {
        ++i_;
        CharSet hi;
        if (!class_item(&hi)) break;
        if (hi.ranges.size() != 1 || hi.ranges[0].first != hi.ranges[0].second ||
            hi.ranges[0].first < item.ranges[0].first) {
          fail("bad character class range");
          break;
        }
        item.ranges[0].second = hi.ranges[0].first;
      }
      add(&r, item);
    }
    if (!more()) {
      fail("missing ']'");
      return make(Node::kEmpty);
    }
    ++i_;  // ']'
    CharSet s = normalized(std::move(r));
    return class_node(negated ? complement(s) : std::move(s));
  }

  bool class_item(CharSet* s) {
    if (peek() == '\\') {
      ++i_;
      return escape(s);
    }
    char32_t ch = 0;
    if (!decode(p_, &i_, &ch)) {
      fail("invalid UTF-8");
      return false;
    }
    *s = of({{ch, ch}});
    return true;
  }

  NodePtr class_node(CharSet s) {
    s.intern();
    auto n = make(Node::kClass);
    n->index = static_cast<int>(prog_->classes.size());
    prog_->classes.push_back(std::move(s));
    return n;
  }

 public:
  std::vector<const std::vector<std::string>*> lexicon_entries_;  // by program lexicon index

 private:
  std::string_view p_;
  size_t i_ = 0;
  const LexiconLookup& lexicons_;
  Program* prog_;
  std::optional<std::string> error_;
};

// ---- code generation ------------------------------------------------------------------

class Compiler {
 public:
  explicit Compiler(Program* prog) : prog_(prog) {}

  void emit(const Node& n) {
    switch (n.kind) {
      case Node::kEmpty:
        return;
      case Node::kClass: {
        const CharSet& c = prog_->classes[n.index];
        if (c.ranges.size() == 1 && c.ranges[0].first == c.ranges[0].second) {
          push({Inst::kChar, static_cast<uint32_t>(c.ranges[0].first), 0});
        } else {
          push({Inst::kClass, static_cast<uint32_t>(n.index), 0});
        }
        return;
      }
      case Node::kLexicon:
        push({Inst::kLexicon, static_cast<uint32_t>(n.index), 0});
        return;
      case Node::kBegin:
        push({Inst::kBegin, 0, 0});
        return;
      case Node::kEnd:
        push({Inst::kEnd, 0, 0});
        return;
      case Node::kConcat:
        for (const NodePtr& k : n.kids) emit(*k);
        return;
      case Node::kGroup:
        if (n.index > 0) push({Inst::kSave, static_cast<uint32_t>(2 * n.index), 0});
        emit(*n.kids[0]);
        if (n.index > 0) push({Inst::kSave, static_cast<uint32_t>(2 * n.index + 1), 0});
        return;
      case Node::kAlt: {
        std::vector<size_t> jumps;
        for (size_t k = 0; k + 1 < n.kids.size(); ++k) {
          const size_t split = push({Inst::kSplit, 0, 0});
          prog_->insts[split].x = here();
          emit(*n.kids[k]);
          jumps.push_back(push({Inst::kJump, 0, 0}));
          prog_->insts[split].y = here();
        }
        emit(*n.kids.back());
        for (size_t j : jumps) prog_->insts[j].x = here();
        return;
      }
      case Node::kRepeat: {
        const Node& body = *n.kids[0];
        if (n.max < 0) {
          // As RE2 compiles x* and x+ (its Star and Plus): x{k,} is k-1 copies, then x+;
          // a star over a body that can match the empty string is (x+)?, so that an empty
          // iteration ends the loop with the captures it made.
          if (n.min == 0 && !nullable(body)) {  // L: split(body, out); body; jump L
            const size_t split = push({Inst::kSplit, 0, 0});
            const uint32_t in = here();
            emit(body);
            push({Inst::kJump, static_cast<uint32_t>(split), 0});
            set_split(split, in, here(), n.greedy);
            return;
          }
          for (int k = 1; k < n.min; ++k) emit(body);
          size_t quest = 0;
          if (n.min == 0) quest = push({Inst::kSplit, 0, 0});
          const uint32_t in = here();  // L: body; split(L, out)
          emit(body);
          const size_t split = push({Inst::kSplit, 0, 0});
          set_split(split, in, here(), n.greedy);
          if (n.min == 0) set_split(quest, static_cast<uint32_t>(quest + 1), here(), n.greedy);
          return;
        }
        if (CharSet set; n.max > n.min && n.max <= 0xFFFF && as_class(body, &set)) {
          // x{m,n} over one character class: one instruction, the same choices in the same
          // order as RE2's copies.
          set.intern();
          prog_->classes.push_back(std::move(set));
          push({n.greedy ? Inst::kRepeat : Inst::kLazyRepeat, static_cast<uint32_t>(prog_->classes.size() - 1),
                static_cast<uint32_t>(n.min) << 16 | static_cast<uint32_t>(n.max)});
          return;
        }
        for (int k = 0; k < n.min; ++k) emit(body);
        // Nested optionals, as RE2 compiles x{0,k}: (x(x(x)?)?)?
        std::vector<size_t> splits;
        for (int k = n.min; k < n.max; ++k) {
          splits.push_back(push({Inst::kSplit, 0, 0}));
          emit(body);
        }
        const uint32_t out = here();
        for (size_t sp : splits) set_split(sp, static_cast<uint32_t>(sp + 1), out, n.greedy);
        return;
      }
    }
  }

  // Whether `n` always consumes exactly one character of a set (a class, or an alternation
  // of classes, in groups that capture nothing); the set into `*set`.
  bool as_class(const Node& n, CharSet* set) const {
    switch (n.kind) {
      case Node::kClass:
        *set = prog_->classes[n.index];
        return true;
      case Node::kGroup:
        return n.index == 0 && as_class(*n.kids[0], set);
      case Node::kConcat:
        return n.kids.size() == 1 && as_class(*n.kids[0], set);
      case Node::kAlt: {
        std::vector<std::pair<char32_t, char32_t>> all;
        for (const NodePtr& k : n.kids) {
          CharSet part;
          if (!as_class(*k, &part)) return false;
          all.insert(all.end(), part.ranges.begin(), part.ranges.end());
        }
        *set = normalized(std::move(all));
        return true;
      }
      default:
        return false;
    }
  }

  // Whether `n` can match the empty string.
  static bool nullable(const Node& n) {
    switch (n.kind) {
      case Node::kEmpty:
      case Node::kBegin:
      case Node::kEnd:
        return true;
      case Node::kClass:
      case Node::kLexicon:
        return false;
      case Node::kConcat:
        for (const NodePtr& k : n.kids) {
          if (!nullable(*k)) return false;
        }
        return true;
      case Node::kAlt:
        for (const NodePtr& k : n.kids) {
          if (nullable(*k)) return true;
        }
        return false;
      case Node::kRepeat:
        return n.min == 0 || nullable(*n.kids[0]);
      case Node::kGroup:
        return nullable(*n.kids[0]);
    }
    return false;
  }

  size_t push(Inst i) {
    prog_->insts.push_back(i);
    return prog_->insts.size() - 1;
  }
  uint32_t here() const { return static_cast<uint32_t>(prog_->insts.size()); }

 private:
  void set_split(size_t at, uint32_t in, uint32_t out, bool greedy) {
    prog_->insts[at].x = greedy ? in : out;
    prog_->insts[at].y = greedy ? out : in;
  }
  Program* prog_;
};

// What instruction `pc` can consume first, for the two analyses below: `chars(lo, hi)` for
// each range of characters it may consume (a lexicon: the first character of each entry),
// `next(pc2)` for each instruction it continues at without consuming, `none()` when it may
// reach the match (or an assertion at the end) first. A byte that begins no character in
// an entry counts as `none()`: anything may follow.
template <class Chars, class Next, class None>
void first_step(const std::vector<const std::vector<std::string>*>& entries, const Program& prog, uint32_t pc,
                Chars chars, Next next, None none) {
  const Inst& in = prog.insts[pc];
  switch (in.op) {
    case Inst::kChar:
      chars(in.x, in.x);
      break;
    case Inst::kClass:
      for (const auto& [lo, hi] : prog.classes[in.x].ranges) chars(lo, hi);
      break;
    case Inst::kRepeat:
    case Inst::kLazyRepeat:
      for (const auto& [lo, hi] : prog.classes[in.x].ranges) chars(lo, hi);
      if ((in.y >> 16) == 0) next(pc + 1);
      break;
    case Inst::kLexicon:
      for (const std::string& e : *entries[in.x]) {
        size_t k = 0;
        char32_t c = 0;
        if (e.empty()) continue;
        if (decode(e, &k, &c)) {
          chars(c, c);
        } else {
          none();
        }
      }
      break;
    case Inst::kSplit:
      next(in.x);
      next(in.y);
      break;
    case Inst::kJump:
      next(in.x);
      break;
    case Inst::kSave:
    case Inst::kBegin:
      next(pc + 1);
      break;
    case Inst::kEnd:
    case Inst::kMatch:
      none();
      break;
  }
}

// The characters that can begin a match, exactly (a BMP bitmap): from instruction 0 through
// the ones that consume nothing; a path through `^` only marks `first_at_begin`.
void compute_first(const std::vector<const std::vector<std::string>*>& entries, Program* prog) {
  prog->first.assign(65536 / 64, 0);
  std::vector<bool> seen(prog->insts.size(), false);
  std::vector<uint32_t> todo = {0};
  while (!todo.empty()) {
    const uint32_t pc = todo.back();
    todo.pop_back();
    if (pc >= prog->insts.size() || seen[pc]) continue;
    seen[pc] = true;
    if (prog->insts[pc].op == Inst::kBegin) {  // matches only at the text's start
      prog->first_at_begin = true;
      continue;
    }
    first_step(
        entries, *prog, pc,
        [&](char32_t lo, char32_t hi) {
          if (hi > 0xFFFF) prog->first_astral = true;
          for (char32_t c = lo; c <= std::min<char32_t>(hi, 0xFFFF); ++c) prog->first[c >> 6] |= uint64_t{1} << (c & 63);
        },
        [&](uint32_t to) { todo.push_back(to); }, [&] { prog->first_any = true; });
  }
}

// The first-character filter of every split's targets and lexicon (Program::may_begin): what
// each instruction's paths can consume first, hashed, to a fixpoint over the program's loops.
// A path that may consume any of a range of more than 256 characters, or nothing, is
// kAnyFirst.
void compute_branch_filters(const std::vector<const std::vector<std::string>*>& entries, Program* prog) {
  struct First {
    Program::FirstFilter bits{};
    bool any = false;
    bool operator==(const First&) const = default;
  };
  const size_t n = prog->insts.size();
  std::vector<First> first(n + 1);
  first[n].any = true;
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t pc = n; pc-- > 0;) {
      First f;
      first_step(
          entries, *prog, static_cast<uint32_t>(pc),
          [&](char32_t lo, char32_t hi) {
            if (f.any || hi - lo >= 256) {
              f.any = true;
              return;
            }
            for (char32_t c = lo; c <= hi; ++c) {
              const uint32_t b = Program::filter_bit(c);
              f.bits[b >> 6] |= uint64_t{1} << (b & 63);
            }
          },
          [&](uint32_t to) {
            f.any |= first[to].any;
            for (size_t i = 0; i < f.bits.size(); ++i) f.bits[i] |= first[to].bits[i];
          },
          [&] { f.any = true; });
      if (!(f == first[pc])) {
        first[pc] = f;
        changed = true;
      }
    }
  }
  prog->first_filter.assign(n, Program::kAnyFirst);
  auto give = [&](uint32_t pc) {
    if (pc >= n || first[pc].any || prog->first_filter[pc] != Program::kAnyFirst) return;
    prog->first_filter[pc] = static_cast<uint32_t>(prog->first_filters.size());
    prog->first_filters.push_back(first[pc].bits);
  };
  for (uint32_t pc = 0; pc < n; ++pc) {
    const Inst& in = prog->insts[pc];
    if (in.op == Inst::kSplit) {
      give(in.x);
      give(in.y);
    } else if (in.op == Inst::kLexicon) {
      give(pc);  // no trie walk where no entry begins
    }
  }
}

}  // namespace

void CharSet::intern() {
  if (ranges.size() <= 4 || bmp) return;
  static std::mutex mu;
  static std::map<std::vector<std::pair<char32_t, char32_t>>, std::shared_ptr<const std::vector<uint64_t>>> known;
  std::lock_guard<std::mutex> lock(mu);
  auto& shared = known[ranges];
  if (!shared) {
    auto bits = std::make_shared<std::vector<uint64_t>>(65536 / 64, 0);
    for (const auto& [lo, hi] : ranges) {
      for (char32_t c = lo; c <= std::min<char32_t>(hi, 0xFFFF); ++c) (*bits)[c >> 6] |= uint64_t{1} << (c & 63);
    }
    shared = std::move(bits);
  }
  bmp = shared;
}

bool CharSet::in_ranges(char32_t c) const {
  // Most classes are a few ranges; binary search for the first range ending at or after c.
  size_t lo = 0, hi = ranges.size();
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (ranges[mid].second < c) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo < ranges.size() && ranges[lo].first <= c;
}

const CharSet& han_characters() {
  static const CharSet han = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeSet set;
    set.applyIntPropertyValue(UCHAR_SCRIPT, USCRIPT_HAN, status);
    std::vector<std::pair<char32_t, char32_t>> r;
    if (U_SUCCESS(status)) {
      for (int32_t i = 0; i < set.getRangeCount(); ++i) {
        r.emplace_back(static_cast<char32_t>(set.getRangeStart(i)), static_cast<char32_t>(set.getRangeEnd(i)));
      }
    }
    return normalized(std::move(r));
  }();
  return han;
}

std::optional<std::string> compile_program(std::string_view pattern, const LexiconLookup& lexicons, Program* out) {
  static std::atomic<uint64_t> programs{0};
  *out = Program{};
  out->id = ++programs;
  out->group_names.emplace_back();  // group 0, the whole match
  Parser parser(pattern, lexicons, out);
  NodePtr tree = parser.parse();
  if (parser.error()) return parser.error();
  Compiler c(out);
  c.push({Inst::kSave, 0, 0});
  c.emit(*tree);
  c.push({Inst::kSave, 1, 0});
  c.push({Inst::kMatch, 0, 0});
  compute_first(parser.lexicon_entries_, out);
  compute_branch_filters(parser.lexicon_entries_, out);
  return std::nullopt;
}

}  // namespace guanxi::engine
