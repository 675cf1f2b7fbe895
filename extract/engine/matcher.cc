#include "extract/engine/matcher.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "extract/dates.h"
#include "extract/engine/backtracker.h"
#include "extract/engine/lattice.h"
#include "extract/engine/names.h"
#include "extract/sentence.h"

namespace guanxi::engine {
namespace {

// A piece of text rules run over: a headline line or a body sentence.
struct Unit {
  std::string_view text;
  std::string masked;  // text with the inside of 《book titles》 blanked, "" when it has none
  uint32_t begin = 0;  // in article.text (body units)
  bool headline = false;
  std::string evidence;       // as the document printed it
  uint64_t doc_begin = 0, doc_end = 0;
  std::vector<int> candidates;  // rules the prefilter lets through, in load order
  // Where the entries of each anchor lexicon begin (filled on first use).
  mutable std::map<const LiteralTrie*, std::vector<uint32_t>> lexicon_starts;
  // The date the sentence opens with (ArticleRun::opening_date), found on first use.
  mutable std::optional<std::optional<DateMention>> opening_date;
};

struct Match {
  int rule = 0;
  size_t begin = 0, end = 0;  // consumed part, in the unit
  size_t full_end = 0;        // including a trailing lookahead
  std::vector<re2::StringPiece> groups;
};

struct EventRec {
  Node node;
  std::string label;
  std::string full_label;  // the fullest name the article gives it (contains `label`)
  std::string host;  // first person linked to it
  bool from_headline = false;  // stands in for an event no rule named
  // The day of the sentence that named it (ISO, "" when it gave none), and whether that
  // sentence gave a span of days (3日至5日): see opens_another_day().
  std::string day;
  bool several_days = false;
};

// One resolved item of a capture.
struct Item {
  Node node;
  Node left, right;  // pair parts
  bool has_pair = false;
};

const char* kItemSuffixes[] = {"等项目现场", "等项目工地", "等项目", "等企业", "等地", "等处", "等单位", "等部门",
                               "等场所", "等点位", "时强调", "时指出", "时要求", "时表示", "等",
                               // adverbs left between a party and 与 (A还分别与B签约)
                               "还分别", "也分别", "分别", "还", "也"};

std::string trim(std::string_view s) {
  auto junk = [](std::string_view x) {
    return x.starts_with(" ") || x.starts_with("\n") || x.starts_with("\t");
  };
  while (!s.empty() && junk(s)) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

class ArticleRun {
 public:
  ArticleRun(const Ruleset::Impl& rules, const Article& article, std::string_view doc_text,
             const TraceSink* trace, bool check_anchors)
      : rules_(rules), article_(article), doc_text_(doc_text), trace_(trace), check_anchors_(check_anchors),
        names_(rules) {
    static thread_local Lattice lattice;  // memory reused from article to article
    static thread_local Backtracker backtracker;
    lattice_ = &lattice;
    backtracker_ = &backtracker;
  }

  void know(const std::string& name) { names_.know(name); }

  std::vector<Triple> run() {
    build_units();
    for (Unit& u : units_) {
      mask_book_titles(&u);
      compute_candidates(&u);
    }
    for (const Unit& u : units_) run_stage(Stage::kEntity, u);
    for (const Unit& u : units_) {
      current_unit_ = &u;
      if (opens_another_day(u)) {
        trace(nullptr, "event", u, 0, 0,
              "a sentence of another day than '" + events_[current_].label + "': no current event");
        current_ = -1;
      } else if (current_ >= 0 && opens_another_report(u)) {
        trace(nullptr, "event", u, 0, 0,
              "a sentence of another report (另据报道): no current event");
        current_ = -1;
      }
      run_stage(Stage::kEvent, u);
      run_stage(Stage::kRelation, u);
    }
    run_reporters();
    run_inference();
    rename_nodes();
    return std::move(triples_);
  }

 private:
  // ---- units ----------------------------------------------------------------------------

  void build_units() {
    size_t start = 0;
    const std::string& h = article_.headline;
    while (start < h.size()) {
      size_t nl = h.find('\n', start);
      if (nl == std::string::npos) nl = h.size();
      if (nl > start) {
        Unit u;
        size_t len = nl - start;
        if (len > kMaxUnitBytes) {  // a headline line is no longer than a sentence unit
          len = kMaxUnitBytes;
          while (len > 0 && (static_cast<unsigned char>(h[start + len]) & 0xC0) == 0x80) --len;
        }
        u.text = std::string_view(h).substr(start, len);
        u.headline = true;
        u.evidence = std::string(u.text);
        size_t at = doc_text_.empty() ? std::string_view::npos : doc_text_.find(u.text);
        if (at != std::string_view::npos) {
          u.doc_begin = at;
          u.doc_end = at + u.text.size();
        }
        units_.push_back(std::move(u));
      }
      start = nl + 1;
    }
    const std::string_view body = article_.text;
    for (const Span& s : split_sentences(body)) {
      uint32_t b = s.begin;
      while (b < s.end) {
        uint32_t e = s.end;
        if (e - b > kMaxUnitBytes) {  // cut a very long sentence at a character boundary
          e = b + kMaxUnitBytes;
          while (e > b && (static_cast<unsigned char>(body[e]) & 0xC0) == 0x80) --e;
          if (e == b) e = s.end;
        }
        Unit u;
        u.text = body.substr(b, e - b);
        u.begin = b;
        if (!doc_text_.empty() && article_.origin.size() == body.size() + 1) {
          u.doc_begin = article_.origin[b];
          u.doc_end = article_.origin[e];
          if (u.doc_end >= u.doc_begin && u.doc_end <= doc_text_.size()) {
            u.evidence = std::string(doc_text_.substr(u.doc_begin, u.doc_end - u.doc_begin));
          }
        } else {
          u.doc_begin = b;
          u.doc_end = e;
        }
        if (u.evidence.empty()) u.evidence = std::string(u.text);
        units_.push_back(std::move(u));
        b = e;
      }
    }
  }

  // The article node's label: its headline's first line; an article printed without one (a
  // wire item, a transcript's segment) is labelled by the start of its first sentence, so
  // that no node of the graph is nameless.
  std::string article_label() const {
    const std::string& h = article_.headline;
    if (!h.empty()) return h.substr(0, h.find('\n'));
    for (const Unit& u : units_) {
      if (u.headline) continue;
      std::string_view text = u.text;
      while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.remove_suffix(1);
      if (text.empty()) continue;
      size_t end = 0;
      int chars = 0;
      while (end < text.size() && chars < kArticleLabelChars) {
        end += utf8_char_bytes(static_cast<unsigned char>(text[end]));
        ++chars;
      }
      std::string label = trim(text.substr(0, std::min(end, text.size())));
      if (end < text.size()) label += "…";
      return label;
    }
    return "";
  }

  // ---- tracing --------------------------------------------------------------------------

  void trace(const Rule* rule, const char* what, const Unit& u, size_t b, size_t e, std::string detail) {
    if (!trace_) return;
    TraceEvent ev;
    ev.article = article_.id;
    ev.rule = rule ? rule->name : "";
    ev.what = what;
    if (u.headline) {
      ev.span = Span{0, 0};
    } else {
      ev.span = Span{static_cast<uint32_t>(u.begin + b), static_cast<uint32_t>(u.begin + e)};
    }
    ev.text = std::string(u.text.substr(b, e - b));
    ev.detail = u.headline ? "headline: " + detail : std::move(detail);
    (*trace_)(ev);
  }

  // ---- matching -------------------------------------------------------------------------

  bool in_scope(const Rule& r, const Unit& u) const {
    if (r.on_reporters || r.on_editors || !r.re) return false;
    return u.headline ? r.on_headline : r.on_body;
  }

  // The rules that can match in the unit (any stage), by the prefilter; computed once.
  // A name inside a book title (《韩墨川文集》) is no person: rules match a copy of the unit in
  // which the inside of 《》 is blanked byte for byte, so offsets stay those of the text.
  static void mask_book_titles(Unit* u) {
    static constexpr std::string_view kOpen = "《", kClose = "》";
    if (u->text.find(kOpen) == std::string_view::npos) return;
    u->masked = std::string(u->text);
    int depth = 0;
    for (size_t i = 0; i < u->masked.size();) {
      if (u->masked.compare(i, kOpen.size(), kOpen) == 0) {
        ++depth;
        i += kOpen.size();
      } else if (depth > 0 && u->masked.compare(i, kClose.size(), kClose) == 0) {
        --depth;
        i += kClose.size();
      } else {
        if (depth > 0) u->masked[i] = '_';
        ++i;
      }
    }
  }

  static std::string_view match_text(const Unit& u) { return u.masked.empty() ? u.text : u.masked; }

  // Lowercases ASCII letters into `lower`; false when the text has a letter beyond ASCII
  // that may have case (Latin-1 to Armenian lead bytes, fullwidth A-Z): the trie cannot
  // fold those, the case-insensitive Set must.
  static bool fold_ascii(std::string_view text, std::string* lower) {
    bool upper = false;
    for (size_t i = 0; i < text.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      if (c >= 0xC3 && c <= 0xD5) return false;
      if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBC &&
          static_cast<unsigned char>(text[i + 2]) >= 0xA1 && static_cast<unsigned char>(text[i + 2]) <= 0xBA) {
        return false;
      }
      upper |= c >= 'A' && c <= 'Z';
    }
    if (upper) {
      lower->assign(text);
      for (char& c : *lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
    }
    return true;
  }

  void compute_candidates(Unit* u) const {
    u->candidates = rules_.unfiltered;
    if (rules_.filter) {
      std::vector<int> atoms, potential;
      std::string lower;
      if (rules_.atom_trie && fold_ascii(match_text(*u), &lower)) {
        rules_.atom_trie->find_all(lower.empty() ? match_text(*u) : std::string_view(lower), &atoms);
        std::sort(atoms.begin(), atoms.end());
        atoms.erase(std::unique(atoms.begin(), atoms.end()), atoms.end());
      } else if (rules_.atoms) {
        rules_.atoms->Match(match_text(*u), &atoms);
      }
      rules_.filter->AllPotentials(atoms, &potential);
      for (int id : potential) u->candidates.push_back(rules_.filter_rule[id]);
    }
    std::sort(u->candidates.begin(), u->candidates.end());
    u->candidates.erase(std::unique(u->candidates.begin(), u->candidates.end()), u->candidates.end());
  }

  // Where the entries of `trie`'s lexicon begin in the unit (computed once per unit).
  const std::vector<uint32_t>& lexicon_starts(const LiteralTrie* trie, const Unit& u) {
    auto [it, fresh] = u.lexicon_starts.try_emplace(trie);
    if (fresh) trie->find_starts(match_text(u), &it->second);
    return it->second;
  }

  // The starts an anchored rule is tried at: from `anchor_within` characters before each
  // entry of its anchor lexicon up to the entry, in increasing order.
  std::vector<uint32_t> anchor_starts(const Rule& r, const Unit& u) {
    const std::string_view text = match_text(u);
    std::vector<uint32_t> starts;
    for (uint32_t hit : lexicon_starts(r.anchor, u)) {
      size_t b = hit;
      for (int k = 0; k < r.anchor_within && b > 0; ++k) {
        --b;
        while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
      }
      for (size_t at = b; at <= hit; at += utf8_char_bytes(static_cast<unsigned char>(text[at]))) {
        starts.push_back(static_cast<uint32_t>(at));
        if (at == hit) break;
      }
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    return starts;
  }

  // The matches of rule `index` in the unit (by the lattice matcher when the rule has a
  // Program, else, or with `on_re2`, by RE2), left to right, each search starting where the
  // previous match ended. With `anchored`, the pattern is tried only at the rule's anchor
  // starts (the leftmost success is the leftmost match when the anchor's promise holds);
  // after kMaxAnchorMisses failed tries the unit is searched the ordinary way, so hostile
  // text costs no more than an ordinary search.
  std::vector<Match> scan(int index, const Unit& u, bool anchored, bool on_re2 = false) {
    const Rule& r = rules_.rules[index];
    const bool lattice = r.program && !rules_.re2_only && !on_re2;
    auto find = [&](size_t from, bool anchored_try, Match* m) {
      return lattice ? find_lattice(r, u, from, anchored_try, m) : find_re2(r, u, from, anchored_try, m);
    };
    const std::string_view text = match_text(u);
    std::vector<uint32_t> starts;
    if (anchored) starts = anchor_starts(r, u);
    size_t next_start = 0;
    int misses = 0;
    std::vector<Match> found;
    size_t pos = 0;
    for (int n = 0; n < kMaxMatchesPerRuleAndUnit && pos <= text.size(); ++n) {
      Match m;
      bool hit = false;
      if (anchored && misses < kMaxAnchorMisses) {
        for (; next_start < starts.size() && misses < kMaxAnchorMisses; ++next_start) {
          if (starts[next_start] < pos) continue;
          if (find(starts[next_start], true, &m)) {
            hit = true;
            break;
          }
          ++misses;
        }
        if (!hit && misses < kMaxAnchorMisses) break;  // no start left: no match left
      }
      if (!hit && !find(pos, false, &m)) break;
      m.rule = index;
      size_t next = m.end;
      if (next <= m.begin) {  // nothing consumed: step one character
        next = m.begin + 1;
        while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
      }
      found.push_back(std::move(m));
      pos = next;
    }
    return found;
  }

  // One search of RE2 from byte `from` (only there when `anchored`); groups point into the
  // unit's text, not the masked copy.
  bool find_re2(const Rule& r, const Unit& u, size_t from, bool anchored, Match* m) {
    const std::string_view searched = match_text(u);
    const re2::StringPiece text(searched.data(), searched.size());
    m->groups.assign(r.groups + 1, re2::StringPiece());
    if (!r.re->Match(text, from, text.size(), anchored ? RE2::ANCHOR_START : RE2::UNANCHORED, m->groups.data(),
                     static_cast<int>(m->groups.size()))) {
      return false;
    }
    m->begin = m->groups[0].data() - text.data();
    m->full_end = m->end = m->begin + m->groups[0].size();
    if (r.ahead_group > 0 && m->groups[r.ahead_group].data() != nullptr) {
      m->end = m->groups[r.ahead_group].data() - text.data();
    }
    for (re2::StringPiece& g : m->groups) {
      if (g.data() != nullptr) g = re2::StringPiece(u.text.data() + (g.data() - text.data()), g.size());
    }
    return true;
  }

  // The same search by the lattice matcher, over the unit's characters.
  bool find_lattice(const Rule& r, const Unit& u, size_t from, bool anchored, Match* m) {
    Lattice& lat = lattice_of(u);
    if (!backtracker_->search(*r.program, lat, lat.char_of(from), anchored, &slots_)) return false;
    m->begin = lat.byte_of(slots_[0]);
    m->full_end = m->end = lat.byte_of(slots_[1]);
    if (r.ahead_group > 0 && slots_[2 * r.ahead_group] >= 0) m->end = lat.byte_of(slots_[2 * r.ahead_group]);
    m->groups.assign(r.groups + 1, re2::StringPiece());
    for (int g = 0; g <= r.groups; ++g) {
      if (slots_[2 * g] < 0 || slots_[2 * g + 1] < 0) continue;
      const uint32_t b = lat.byte_of(slots_[2 * g]), e = lat.byte_of(slots_[2 * g + 1]);
      m->groups[g] = re2::StringPiece(u.text.data() + b, e - b);
    }
    return true;
  }

  // The unit as characters and lexicon entries, built once per unit and stage pass.
  Lattice& lattice_of(const Unit& u) {
    if (lattice_unit_ != &u) {
      lattice_->reset(match_text(u));
      lattice_unit_ = &u;
    }
    return *lattice_;
  }

  static bool same_spans(const std::vector<Match>& a, const std::vector<Match>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (a[i].begin != b[i].begin || a[i].full_end != b[i].full_end) return false;
    }
    return true;
  }

  // The index of the first match where `a` and `b` differ in a span or a group, kSame when
  // they agree.
  static constexpr size_t kSame = static_cast<size_t>(-1);
  static size_t first_difference(const std::vector<Match>& a, const std::vector<Match>& b) {
    for (size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
      if (i >= a.size() || i >= b.size()) return i;
      if (a[i].begin != b[i].begin || a[i].full_end != b[i].full_end || a[i].end != b[i].end ||
          a[i].groups.size() != b[i].groups.size()) {
        return i;
      }
      for (size_t g = 0; g < a[i].groups.size(); ++g) {
        const re2::StringPiece x = a[i].groups[g], y = b[i].groups[g];
        if ((x.data() == nullptr) != (y.data() == nullptr)) return i;
        if (x.data() != nullptr && (x.data() != y.data() || x.size() != y.size())) return i;
      }
    }
    return kSame;
  }

  void find_matches(int index, const Unit& u, std::vector<Match>* out) {
    const Rule& r = rules_.rules[index];
    std::vector<Match> found = scan(index, u, r.anchor != nullptr);
    if (r.anchor && check_anchors_) {  // `guanxi rules test`: does the anchor keep its promise?
      std::vector<Match> plain = scan(index, u, false);
      if (!same_spans(found, plain)) {
        const Match* miss = plain.empty() ? nullptr : &plain.front();
        for (size_t i = 0; i < plain.size(); ++i) {
          if (i >= found.size() || found[i].begin != plain[i].begin || found[i].full_end != plain[i].full_end) {
            miss = &plain[i];
            break;
          }
        }
        trace(&r, "anchor", u, miss ? miss->begin : 0, miss ? miss->full_end : 0,
              "anchor {lexicon: " + r.anchor_lexicon + ", within: " + std::to_string(r.anchor_within) +
                  "} misses a match of the pattern: raise within or fix the anchor");
        found = std::move(plain);
      }
    }
    if (r.program && !rules_.re2_only && check_anchors_) {  // does the lattice matcher agree with RE2?
      std::vector<Match> reference = scan(index, u, false, /*on_re2=*/true);
      const size_t differ = first_difference(found, reference);
      if (differ != kSame) {
        const Match* at = differ < reference.size() ? &reference[differ] : &found[differ];
        trace(&r, "matcher", u, at->begin, at->full_end,
              "the lattice matcher and RE2 disagree on this match (a bug of the lattice matcher: please "
              "report it with the rule and the text)");
        found = std::move(reference);
      }
    }
    for (Match& m : found) {
      if (!blocked(r, u, m)) out->push_back(std::move(m));
    }
  }

  bool blocked(const Rule& r, const Unit& u, const Match& m) {
    if (r.unless.empty()) return false;
    size_t b = m.begin;
    for (int k = 0; k < r.unless_before && b > 0; ++k) {
      --b;
      while (b > 0 && (static_cast<unsigned char>(u.text[b]) & 0xC0) == 0x80) --b;
    }
    size_t e = m.full_end;
    for (int k = 0; k < r.unless_after && e < u.text.size(); ++k) {
      ++e;
      while (e < u.text.size() && (static_cast<unsigned char>(u.text[e]) & 0xC0) == 0x80) ++e;
    }
    std::string_view window = u.text.substr(b, e - b);
    if (r.unless_any && !r.unless_any.find(window)) return false;
    for (size_t i = 0; i < r.unless.size(); ++i) {
      if (const auto found = r.unless[i].find(window)) {
        trace(&r, "blocked", u, m.begin, m.full_end,
              "cue '" + std::string(window.substr(found->first, found->second - found->first)) + "' (" +
                  r.unless_source[i] + ")");
        return true;
      }
    }
    return false;
  }

  // The conflict policy: matches are taken in rank order: priority (higher first), then
  // length (longer first), then start (earlier first), then load order. A match that
  // overlaps a match already taken in the same group loses. A match that produces nothing
  // (every person it captured was rejected) does not take its span, so the next-ranked
  // match there still gets its chance.
  void run_stage(Stage stage, const Unit& u) {
    if (matches_ >= kMaxMatchesPerArticle) {
      if (!limit_traced_) trace(nullptr, "limit", u, 0, 0, "too many matches in this article: the rest is not matched");
      limit_traced_ = true;
      return;
    }
    std::vector<Match> all;
    for (int i : u.candidates) {
      if (rules_.rules[i].stage == stage && in_scope(rules_.rules[i], u)) find_matches(i, u, &all);
    }
    matches_ += all.size();
    if (all.empty()) return;
    std::vector<size_t> order(all.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      const Rule& ra = rules_.rules[all[a].rule];
      const Rule& rb = rules_.rules[all[b].rule];
      if (ra.priority != rb.priority) return ra.priority > rb.priority;
      size_t la = all[a].end - all[a].begin, lb = all[b].end - all[b].begin;
      if (la != lb) return la > lb;
      if (all[a].begin != all[b].begin) return all[a].begin < all[b].begin;
      return ra.order < rb.order;
    });
    std::vector<size_t> taken;
    for (size_t i : order) {
      const Rule& r = rules_.rules[all[i].rule];
      const Match* winner = nullptr;
      if (!r.group.empty()) {
        for (size_t k : taken) {
          if (rules_.rules[all[k].rule].group == r.group && all[k].begin < all[i].end && all[i].begin < all[k].end) {
            winner = &all[k];
            break;
          }
        }
      }
      if (winner) {
        trace(&r, "conflict", u, all[i].begin, all[i].end,
              "lost to rule '" + rules_.rules[winner->rule].name + "' in group '" + r.group + "'");
        continue;
      }
      if (apply(all[i], u)) taken.push_back(i);
    }
  }

  // ---- captures -------------------------------------------------------------------------

  std::vector<std::string> split_strong(std::string_view text, const CaptureSpec& spec) const {
    std::vector<std::string> out;
    const std::vector<std::string_view> seps = utf8_chars(rules_.names.separators);
    std::string cur;
    for (std::string_view c : utf8_chars(text)) {
      if (std::find(seps.begin(), seps.end(), c) != seps.end()) {
        out.push_back(trim(cur));
        cur.clear();
      } else {
        cur += c;
      }
    }
    out.push_back(trim(cur));
    for (const std::string& sep : spec.split) {
      std::vector<std::string> more;
      for (const std::string& piece : out) {
        size_t start = 0;
        while (true) {
          size_t at = piece.find(sep, start);
          more.push_back(trim(piece.substr(start, at == std::string::npos ? std::string::npos : at - start)));
          if (at == std::string::npos) break;
          start = at + sep.size();
        }
      }
      out = std::move(more);
    }
    out.erase(std::remove(out.begin(), out.end(), std::string()), out.end());
    return out;
  }

  // "A和B及C" -> A, B, C on the weak separators (a loop: the text decides how many there are).
  std::vector<std::string> split_weak(const std::string& piece) const {
    std::vector<std::string> parts;
    size_t start = 0;
    while (true) {
      size_t best = std::string::npos, len = 0;
      for (const std::string& w : rules_.names.weak_separators) {
        size_t at = piece.find(w, start);
        if (at != std::string::npos && at > start && at + w.size() < piece.size() && at < best) {
          best = at;
          len = w.size();
        }
      }
      if (best == std::string::npos) break;
      parts.push_back(piece.substr(start, best - start));
      start = best + len;
    }
    parts.push_back(piece.substr(start));
    return parts;
  }

  // Like split_weak, but a separator splits only where the text before it (since the last
  // split) is accepted on its own: 太和镇和南湖工业园 is 太和镇 and 南湖工业园.
  std::vector<std::string> split_weak_accepted(const std::string& piece, const CompiledPattern& accept) const {
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t at = 0; at < piece.size();) {
      size_t len = 0;
      for (const std::string& w : rules_.names.weak_separators) {
        if (piece.compare(at, w.size(), w) == 0) len = std::max(len, w.size());
      }
      if (len > 0 && at > start && at + len < piece.size() &&
          accept.whole(clean_label(piece.substr(start, at - start)))) {
        parts.push_back(piece.substr(start, at - start));
        start = at + len;
        at = start;
        continue;
      }
      at += utf8_char_bytes(static_cast<unsigned char>(piece[at]));
    }
    parts.push_back(piece.substr(start));
    return parts;
  }

  std::string clean_label(std::string s) const {
    s = trim(s);
    for (const char* suf : kItemSuffixes) {
      std::string_view sv(suf);
      if (s.size() > sv.size() && std::string_view(s).ends_with(sv)) {
        s.resize(s.size() - sv.size());
        break;
      }
    }
    if (std::string_view(s).starts_with("了")) s.erase(0, 3);
    auto it = rules_.aliases.find(s);
    if (it != rules_.aliases.end()) s = it->second;
    return s;
  }

  static bool is_pronoun(const std::string& piece) {
    const std::string p = trim(piece);
    return p == "他" || p == "她";
  }

  // The first person of the closest sentence before `u` that names one (the subject a
  // following 他/她 usually refers to), from the triples so far; nullopt when none.
  std::optional<std::string> person_before(const Unit& u) const {
    if (u.headline) return std::nullopt;
    std::optional<std::string> best;
    uint64_t best_begin = 0;
    for (const Triple& t : triples_) {
      if (t.subject.type != NodeType::kPerson || t.provenance.begin >= u.doc_begin) continue;
      if (!best || t.provenance.begin > best_begin) {
        best = t.subject.label;
        best_begin = t.provenance.begin;
      }
    }
    return best;
  }

  // Whether the piece is a group label (调研组, 代表团, 市领导), not a pronoun or a title.
  bool is_team(const std::string& piece) const {
    const std::string p = names_.strip_suffixes(piece);
    return !p.empty() && rules_.names.group_label && rules_.names.group_label.whole(p) &&
           !is_pronoun(p);
  }

  // Whom a team (调研组 一行) stands for when the current event has no host yet (a meeting
  // named later in the sentence: 调研组先后来到A、B，并召开座谈会): the host of the latest
  // event that has one; nullopt when none has.
  std::optional<std::string> latest_host() const {
    for (int e = static_cast<int>(events_.size()) - 1; e >= 0; --e) {
      if (!events_[e].host.empty()) return events_[e].host;
    }
    return std::nullopt;
  }

  // The person named first in unit `u` before byte `end` of it, among the people the
  // article's triples so far name in that unit (its subject, for a clause that goes on
  // without one); nullopt when none.
  std::optional<std::string> first_person_in(const Unit& u, size_t end) const {
    if (u.headline) return std::nullopt;
    std::optional<std::string> best;
    size_t best_at = end;
    for (const Triple& t : triples_) {
      if (t.subject.type != NodeType::kPerson || t.provenance.begin != u.doc_begin) continue;
      const size_t at = u.text.substr(0, end).find(t.subject.label);
      if (at != std::string_view::npos && at < best_at) {
        best = t.subject.label;
        best_at = at;
      }
    }
    return best;
  }

  // A title standing alone for a person (特首一行, 省长强调): the one person of the article
  // who holds it (a title equal to it or ending with it: 香港特区行政长官 for 行政长官).
  // nullopt when no one or more than one person holds it, or the text is no known title.
  std::optional<std::string> title_holder(const std::string& piece, bool* ambiguous = nullptr) const {
    bool stripped = false;
    const std::string s = names_.strip_suffixes(piece);
    if (utf8_length(s) < 2 || !names_.strip(s, &stripped).empty()) return std::nullopt;  // not only a title
    std::optional<std::string> holder;
    for (const Triple& t : triples_) {
      if (t.predicate != "holds_title" || !std::string_view(t.object.label).ends_with(s)) continue;
      if (holder && *holder != t.subject.label) {  // two people hold it
        if (ambiguous) *ambiguous = true;
        return std::nullopt;
      }
      holder = t.subject.label;
    }
    return holder;
  }

  void person_items(const Rule& r, const CaptureSpec& c, std::string_view text, const Unit& u, size_t at,
                    std::vector<Item>* out) {
    std::vector<std::string> pieces = c.list ? split_strong(text, c) : std::vector<std::string>{trim(text)};
    auto push = [&](const std::string& name) {
      Item it;
      it.node = Node::Named(NodeType::kPerson, name);
      for (const Item& x : *out) {
        if (x.node == it.node) return;
      }
      out->push_back(std::move(it));
    };
    for (const std::string& piece : pieces) {
      bool label_only = false;
      std::string why;
      if (c.list) {
        // "A和B": two names when both parts are names (a dry run first), else one item. A
        // part that is only a label (和有关负责同志, 和脱贫户苟大爷) is dropped.
        std::vector<std::string> parts = split_weak(piece);
        if (parts.size() > 1) {
          bool all = true, any = false;
          for (const std::string& part : parts) {
            bool lo = false;
            std::string w;
            if (names_.resolve(part, c.mode, parts.size(), &lo, &w, /*commit=*/false)) {
              any = true;
            } else if (!lo) {
              all = false;
            }
          }
          if (all && any) {
            for (const std::string& part : parts) {
              bool lo = false;
              std::string w;
              if (auto q = names_.resolve(part, c.mode, parts.size(), &lo, &w)) push(*q);
            }
            continue;
          }
        }
      }
      bool ambiguous_title = false;
      std::optional<std::string> p = names_.resolve(piece, c.mode, pieces.size(), &label_only, &why);
      if (p) {
        push(*p);
      } else if (auto holder = label_only ? title_holder(piece, &ambiguous_title) : std::nullopt) {
        push(*holder);
      } else if (label_only && c.host_fallback && !ambiguous_title) {  // 副市长一行, two 副市长: no one
        if (current_ >= 0 && !events_[current_].host.empty()) {
          push(events_[current_].host);
        } else if (auto host = is_team(piece) ? latest_host() : std::nullopt) {
          push(*host);  // 调研组 when the current event (named later in the sentence) has no host yet
        } else if (auto before = is_pronoun(piece) ? person_before(u) : std::nullopt) {
          push(*before);  // 他/她 with no host yet: the person of the sentence before
        }
      } else {
        trace(&r, "rejected", u, at, at + text.size(), "capture '" + c.name + "': " + why);
      }
    }
  }

  std::vector<Item> items(const Rule& r, const CaptureSpec& c, const Match& m, const Unit& u) {
    std::vector<Item> out;
    const re2::StringPiece g = m.groups[c.group];
    if (g.data() == nullptr || g.empty()) return out;
    std::string_view text(g.data(), g.size());
    size_t at = g.data() - u.text.data();
    if (c.type == NodeType::kPerson) {
      person_items(r, c, text, u, at, &out);
      return out;
    }
    std::vector<std::string> pieces;
    if (c.list) {
      for (const std::string& p : split_strong(text, c)) {
        if (c.type == NodeType::kTitle || !c.pair.empty()) {
          pieces.push_back(p);
        } else {
          for (std::string& q : c.accept ? split_weak_accepted(p, *c.accept) : split_weak(p)) pieces.push_back(std::move(q));
        }
      }
    } else {
      pieces.push_back(std::string(text));
    }
    std::string last_left;  // "A与B、C": C pairs with A too
    for (const std::string& piece : pieces) {
      Item it;
      if (!c.pair.empty()) {
        std::string a, b;
        if (!RE2::FullMatch(piece, *c.pair_split, &a, &b)) {
          if (last_left.empty()) {
            trace(&r, "rejected", u, at, at + text.size(), "capture '" + c.name + "': no pair in '" + piece + "'");
            continue;
          }
          a = last_left;
          b = piece;
        }
        last_left = a;
        a = clean_label(a);
        b = clean_label(b);
        if (a.empty() || b.empty()) continue;
        it.left = Node::Named(c.type, a);
        it.right = Node::Named(c.type, b);
        it.has_pair = true;
        it.node = Node::Named(c.type, clean_label(piece));
      } else {
        std::string label = clean_label(piece);
        if (label.empty()) continue;
        if (c.accept && !c.accept->whole(label)) {
          trace(&r, "rejected", u, at, at + text.size(), "capture '" + c.name + "': '" + label + "' is not accepted");
          continue;
        }
        it.node = Node::Named(c.type, label);
      }
      out.push_back(std::move(it));
    }
    return out;
  }

  // ---- events ---------------------------------------------------------------------------

  // Whether an event rule's label is one of its refer_back words for the current event
  // (大会在国歌声中开幕 after 第十八次代表大会开幕): the current event's label has the word's
  // last character, so 会议 after a 调研 is still a meeting of its own.
  bool refers_to_current(const Rule& r, const std::string& label) const {
    if (current_ < 0 || label.empty()) return false;
    if (std::find(r.refer_back.begin(), r.refer_back.end(), label) == r.refer_back.end()) return false;
    return events_[current_].label.find(utf8_chars(label).back()) != std::string::npos;
  }

  // A bare label of two characters or fewer (会谈, 会见) names the current event again, but
  // after another event it is another occurrence: A与B举行会谈 … C与D举行会谈 are two talks.
  int event_for(const std::string& label, bool force_new) {
    if (!force_new) {
      const bool bare = utf8_length(label) <= 2;
      for (size_t i = 0; i < events_.size(); ++i) {
        if (bare && static_cast<int>(i) != current_) continue;
        const std::string& l = events_[i].label;
        if (l == label || (utf8_length(label) >= 4 && utf8_length(l) >= 4 &&
                           (l.find(label) != std::string::npos || label.find(l) != std::string::npos))) {
          // The same event named more fully (a headline's 第五次会议, the body's 市委财经委员会
          // 第五次会议): the fullest name becomes its label at the end (relabel_events).
          if (label.size() > events_[i].full_label.size() && label.find(events_[i].full_label) != std::string::npos) {
            events_[i].full_label = label;
          }
          return static_cast<int>(i);
        }
      }
    }
    int occurrence = 0;
    for (const EventRec& e : events_) occurrence += e.label == label ? 1 : 0;
    EventRec rec;
    rec.label = label;
    rec.full_label = label;
    rec.node = Node::Event(label, article_.id, occurrence);
    events_.push_back(std::move(rec));
    return static_cast<int>(events_.size()) - 1;
  }

  // The date a body sentence opens with: first, or after a few characters (a bullet, 又讯)
  // or a dateline (本报讯（记者 X）, 新华社北京3月5日电); nullopt when it opens with none.
  std::optional<DateMention> opening_date(const Unit& u) const {
    if (!u.opening_date) u.opening_date = find_opening_date(u);
    return *u.opening_date;
  }
  std::optional<DateMention> find_opening_date(const Unit& u) const {
    if (u.headline) return std::nullopt;
    // Only the sentence's opening is searched: a dateline of up to 40 characters, then a date
    // (which names a day: 日, or 号).
    size_t head = 0;
    for (int k = 0; k < 60 && head < u.text.size(); ++k) head += utf8_char_bytes(static_cast<unsigned char>(u.text[head]));
    const std::string_view opening = u.text.substr(0, std::min(head, u.text.size()));
    if (opening.find("日") == std::string_view::npos && opening.find("号") == std::string_view::npos) return std::nullopt;
    std::vector<DateMention> dates = find_dates(opening, article_.date);
    if (dates.empty()) return std::nullopt;
    const std::string_view before = u.text.substr(0, dates.front().span.begin);
    const size_t chars = utf8_length(before);
    if (chars <= 4) return dates.front();
    const bool dateline = chars <= 40 && before.find("，") == std::string_view::npos &&
                          before.find("。") == std::string_view::npos &&
                          (before.ends_with("）") || before.ends_with(")") || before.ends_with("电") ||
                           before.ends_with("讯") || before.ends_with(" "));
    return dateline ? std::optional<DateMention>(dates.front()) : std::nullopt;
  }

  // A date mention's day: ISO when resolved, else as written up to 日 (3月5日上午 -> 3月5日);
  // "" for a mention that names no day (日前, 近日).
  static std::string day_of(const DateMention& d) {
    if (!d.iso.empty()) return d.iso;
    const size_t ri = d.written.find("日");
    return ri == std::string::npos ? "" : d.written.substr(0, ri + std::string_view("日").size());
  }

  // Whether the unit opens with a day other than the current event's: a meeting held on one
  // day is not where people were on another (又讯-less round-ups, 简讯 items, a visit on the
  // next day), so the sentence starts without a current event. An event named with a span of
  // days (5日至7日) spans them.
  bool opens_another_day(const Unit& u) const {
    if (current_ < 0 || events_[current_].day.empty() || events_[current_].several_days) return false;
    const std::optional<DateMention> d = opening_date(u);
    return d && !day_of(*d).empty() && day_of(*d) != events_[current_].day;
  }

  // Whether the unit opens another report inside the article (另据报道，…; 据新华社消息，…;
  // a TV item glued to the one before): what follows is not at the current event.
  // (A sentence never begins with a space: split_sentences.)
  static bool opens_another_report(const Unit& u) {
    const std::string_view t = u.text;
    if (u.headline) return false;
    if (t.starts_with("另据") || t.starts_with("另悉")) return true;
    if (!t.starts_with("据")) return false;
    const size_t comma = std::min(t.find("，"), t.find(","));  // npos when there is none
    if (comma > 60) return false;  // 据…报道， is a short clause
    const std::string_view lead = t.substr(0, comma);
    return lead.ends_with("报道") || lead.ends_with("消息");
  }

  // The current event; an article that names none gets one named by its headline (by the
  // start of its first sentence when it has none: a 又讯 item, a wire item).
  int current_event(const Unit& u) {
    if (current_ >= 0) return current_;
    std::string label = article_label();
    if (label.empty()) label = article_.id;
    current_ = event_for(label, false);
    events_[current_].from_headline = true;
    trace(nullptr, "event", u, 0, 0, "no event named: the headline stands for it: " + label);
    return current_;
  }

  std::optional<Node> when(const Unit& u) {
    std::string_view where = u.text;
    if (u.headline) {
      for (const Unit& x : units_) {
        if (!x.headline) {
          where = x.text;
          break;
        }
      }
    }
    std::vector<DateMention> dates = find_dates(where, article_.date);
    if (dates.empty()) return std::nullopt;
    const DateMention& d = dates.front();
    return Node::Named(NodeType::kDate, d.iso.empty() ? d.written : d.iso);
  }

  // ---- emitting -------------------------------------------------------------------------

  void add_triple(const Node& s, const std::string& predicate, const Node& o, const std::string& rule,
                  const Unit& u) {
    if (s.id == o.id) return;
    std::string key = s.id + '\x1f' + predicate + '\x1f' + o.id;
    if (!seen_.insert(key).second) return;
    Triple t;
    t.subject = s;
    t.predicate = predicate;
    t.object = o;
    t.provenance.doc = article_.doc;
    t.provenance.article = article_.id;
    t.provenance.sentence = u.evidence;
    t.provenance.rule = rule;
    t.provenance.begin = u.doc_begin;
    t.provenance.end = u.doc_end;
    t.provenance.date = article_.date;
    if (o.type == NodeType::kEvent && s.type == NodeType::kPerson) {
      for (EventRec& e : events_) {
        if (e.node.id == o.id && e.host.empty()) e.host = s.label;
      }
    }
    if (trace_) {
      TraceEvent ev;
      ev.article = article_.id;
      ev.rule = rule;
      ev.what = "triple";
      ev.span = u.headline ? Span{} : Span{u.begin, static_cast<uint32_t>(u.begin + u.text.size())};
      ev.text = u.evidence;
      ev.detail = s.label + " " + predicate + " " + o.label;
      (*trace_)(ev);
    }
    triples_.push_back(std::move(t));
  }

  std::vector<Node> term_nodes(const Term& t, const std::map<std::string, std::vector<Item>>& caps, const Unit& u,
                               const Reporter* reporter) {
    switch (t.kind) {
      case Term::Kind::kCapture: {
        std::vector<Node> out;
        auto it = caps.find(t.capture);
        if (it == caps.end()) return out;
        for (const Item& i : it->second) {
          if (t.part == 0) out.push_back(i.node);
          else if (i.has_pair) out.push_back(t.part == 1 ? i.left : i.right);
        }
        return out;
      }
      case Term::Kind::kEvent: {
        if (row_event_ >= 0) return {events_[row_event_].node};  // each_new_event: this item's
        // $event?: an event a rule named, or the headline's stand-in once a rule put someone
        // there (a visit: who speaks next is at it); never a stand-in made for this row.
        if (t.named_only && (current_ < 0 || (events_[current_].from_headline && events_[current_].host.empty()))) {
          return {};
        }
        for (int i = static_cast<int>(events_.size()) - 1; !t.event_filter.empty() && i >= 0; --i) {
          if (events_[i].label.find(t.event_filter) != std::string::npos) return {events_[i].node};
        }
        return {events_[current_event(u)].node};
      }
      case Term::Kind::kAllEvents: {
        if (events_.empty()) current_event(u);
        std::vector<Node> all;
        for (const EventRec& e : events_) {
          if (e.label.find(t.event_filter) != std::string::npos) all.push_back(e.node);
        }
        if (all.empty()) all.push_back(events_[current_event(u)].node);  // "$events(会见)": none yet
        return all;
      }
      case Term::Kind::kHost: {
        int e = row_event_ >= 0 ? row_event_ : current_event(u);
        if (!events_[e].host.empty()) return {Node::Named(NodeType::kPerson, events_[e].host)};
        // No one linked to the event yet: the subject of the sentence (X代表…，先后来到A、B).
        if (auto subject = first_person_in(u, match_begin_)) return {Node::Named(NodeType::kPerson, *subject)};
        return {};
      }
      case Term::Kind::kArticle:
        return {Node::Article(article_.id, article_label())};
      case Term::Kind::kDate:
        if (article_.date.empty()) return {};
        return {Node::Named(NodeType::kDate, article_.date)};
      case Term::Kind::kWhen: {
        auto d = when(u);
        if (!d) return {};
        return {*d};
      }
      case Term::Kind::kReporter:
        if (!reporter || reporter->name.empty()) return {};
        return {Node::Named(NodeType::kPerson, reporter->name)};
    }
    return {};
  }

  void emit_all(const Rule& r, const std::map<std::string, std::vector<Item>>& caps, const Unit& u,
                const Reporter* reporter) {
    if (r.each_capture.empty()) {
      emit_row(r, caps, u, reporter);
      return;
    }
    // each_new_event: one new event occurrence per item; the row once per item, with the
    // capture bound to that item and $event meaning its event.
    auto it = caps.find(r.each_capture);
    if (it == caps.end()) return;
    const std::vector<Item> all = it->second;
    for (const Item& item : all) {
      std::map<std::string, std::vector<Item>> one = caps;
      one[r.each_capture] = {item};
      row_event_ = event_for(r.each_label, /*force_new=*/true);
      events_[row_event_].from_headline = false;
      trace(&r, "event", u, 0, 0, "new event for " + item.node.label + ": " + events_[row_event_].node.id);
      emit_row(r, one, u, reporter);
      row_event_ = -1;
    }
  }

  void emit_row(const Rule& r, const std::map<std::string, std::vector<Item>>& caps, const Unit& u,
                const Reporter* reporter) {
    for (const Emit& e : r.emits) {
      if (e.subject.kind == Term::Kind::kCapture && e.object.kind == Term::Kind::kCapture &&
          e.subject.capture == e.object.capture) {
        // Both sides from one capture (pair.left, pair.right): item by item, not crossed.
        auto it = caps.find(e.subject.capture);
        if (it == caps.end()) continue;
        for (const Item& i : it->second) {
          Term one = e.subject, other = e.object;
          std::map<std::string, std::vector<Item>> single = {{e.subject.capture, {i}}};
          for (const Node& s : term_nodes(one, single, u, reporter)) {
            for (const Node& o : term_nodes(other, single, u, reporter)) add_triple(s, e.predicate, o, r.name, u);
          }
        }
        continue;
      }
      std::vector<Node> subjects = term_nodes(e.subject, caps, u, reporter);
      if (subjects.empty()) continue;
      std::vector<Node> objects = term_nodes(e.object, caps, u, reporter);
      for (const Node& s : subjects) {
        for (const Node& o : objects) add_triple(s, e.predicate, o, r.name, u);
      }
    }
  }

  // Resolves the captures, sets the event (event rules) and emits. Returns whether the
  // match produced something (see run_stage).
  bool apply(const Match& m, const Unit& u) {
    const Rule& r = rules_.rules[m.rule];
    if (trace_) {
      std::string detail;
      for (const CaptureSpec& c : r.captures) {
        const re2::StringPiece g = m.groups[c.group];
        if (g.data() == nullptr) continue;
        detail += (detail.empty() ? "" : " ") + c.name + "=" + std::string(g);
      }
      trace(&r, "match", u, m.begin, m.end, detail);
    }
    std::map<std::string, std::vector<Item>> caps;
    bool empty_person = false;
    for (const CaptureSpec& c : r.captures) {
      if (c.type == NodeType::kEvent) continue;
      caps[c.name] = items(r, c, m, u);
      const re2::StringPiece g = m.groups[c.group];
      if (c.type == NodeType::kPerson && g.data() != nullptr && caps[c.name].empty()) empty_person = true;
    }
    if (empty_person) return false;
    if (r.stage == Stage::kEvent) {
      if (r.event_if_none && current_ >= 0) {
        trace(&r, "skipped", u, m.begin, m.end, "the article already has a current event");
        return false;
      }
      if (current_ >= 0) {
        for (const std::string& word : r.unless_event) {
          if (events_[current_].label.find(word) == std::string::npos) continue;
          trace(&r, "skipped", u, m.begin, m.end, "the current event '" + events_[current_].label + "' has '" + word + "'");
          return false;
        }
      }
      std::string label = r.event_label;
      if (!r.event_capture.empty()) {
        const re2::StringPiece g = m.groups[r.capture(r.event_capture)->group];
        if (g.data() != nullptr) label = clean_label(std::string(g));
      }
      if (label.empty()) return false;
      size_t before = events_.size();
      if (!refers_to_current(r, label)) current_ = event_for(label, r.event_new);
      events_[current_].from_headline = false;  // a rule named it
      if (events_[current_].day.empty()) {
        if (const std::optional<DateMention> d = opening_date(u)) {
          events_[current_].day = day_of(*d);
          events_[current_].several_days = d->several_days;
        }
      }
      trace(&r, "event", u, m.begin, m.end,
            (events_.size() > before ? "new event: " : "same event: ") + events_[current_].node.id);
    }
    match_begin_ = m.begin;
    emit_all(r, caps, u, nullptr);
    return true;
  }

  // Events named more fully later in the article take their fullest name (the node's label
  // and id change in every triple).
  void relabel_events(std::unordered_map<std::string, Node>* renamed) const {
    for (size_t i = 0; i < events_.size(); ++i) {
      if (events_[i].full_label == events_[i].label) continue;
      int occurrence = 0;  // as event_for counts: earlier events of the same (final) name
      for (size_t j = 0; j < i; ++j) occurrence += events_[j].full_label == events_[i].full_label ? 1 : 0;
      renamed->emplace(events_[i].node.id, Node::Event(events_[i].full_label, article_.id, occurrence));
    }
  }

  // A foreign name met in its short form before its full form (the headline's 阿吉雷, the
  // body's 费尔南多·阿吉雷) is the same person when exactly one full name of the article, or
  // of the page's earlier articles, ends with it.
  void merge_short_foreign_names(std::unordered_map<std::string, Node>* renamed) const {
    static constexpr std::string_view kDots[] = {"·", "•", "・", "‧"};
    std::vector<std::string> full;
    std::unordered_set<std::string> seen;
    for (const Triple& t : triples_) {
      for (const Node* n : {&t.subject, &t.object}) {
        if (n->type == NodeType::kPerson && seen.insert(n->label).second) full.push_back(n->label);
      }
    }
    // The full forms: this article's people, and those the gazetteer knows from the page's
    // earlier articles (又讯 …会见罗哈斯 after an item that named 卡洛斯·罗哈斯).
    std::vector<std::string> targets = full;
    for (const std::string& q : names_.persons()) {
      if (seen.insert(q).second) targets.push_back(q);
    }
    for (const std::string& p : full) {
      bool dotted = false;
      for (std::string_view d : kDots) dotted |= p.find(d) != std::string::npos;
      if (dotted || utf8_length(p) < 2) continue;
      const std::string* only = nullptr;
      int count = 0;
      for (const std::string& q : targets) {
        for (std::string_view d : kDots) {
          if (q.size() > p.size() + d.size() && std::string_view(q).ends_with(p) &&
              std::string_view(q).substr(0, q.size() - p.size()).ends_with(d)) {
            only = &q;
            ++count;
            break;
          }
        }
      }
      if (count == 1) renamed->emplace(Node::Named(NodeType::kPerson, p).id, Node::Named(NodeType::kPerson, *only));
    }
  }

  // Replaces renamed nodes in every triple; triples that become equal are kept once.
  void rename_nodes() {
    std::unordered_map<std::string, Node> renamed;
    relabel_events(&renamed);
    merge_short_foreign_names(&renamed);
    if (renamed.empty()) return;
    std::unordered_set<std::string> kept;
    std::vector<Triple> out;
    out.reserve(triples_.size());
    for (Triple& t : triples_) {
      for (Node* n : {&t.subject, &t.object}) {
        auto it = renamed.find(n->id);
        if (it != renamed.end()) *n = it->second;
      }
      if (t.subject.id == t.object.id) continue;
      if (kept.insert(t.subject.id + '\x1f' + t.predicate + '\x1f' + t.object.id).second) out.push_back(std::move(t));
    }
    triples_ = std::move(out);
    if (trace_) {
      for (const auto& [old_id, node] : renamed) {
        TraceEvent ev;
        ev.article = article_.id;
        ev.what = "renamed";
        ev.detail = old_id + " -> " + node.id;
        (*trace_)(ev);
      }
    }
  }

  // ---- reporters and inference ----------------------------------------------------------

  void run_reporters() {
    Unit u;
    u.headline = true;
    u.evidence = article_.lead;
    for (const Rule& r : rules_.rules) {
      if (r.on_reporters) {
        for (const Reporter& rep : article_.reporters) emit_all(r, {}, u, &rep);
      }
      if (r.on_editors) {
        for (const std::string& name : article_.editors) {
          const Reporter editor{name, "编辑", ""};
          emit_all(r, {}, u, &editor);
        }
      }
    }
  }

  void run_inference() {
    if (rules_.inferences.empty()) return;
    for (int round = 0; round < kMaxInferenceRounds; ++round) {
      const size_t before = triples_.size();
      for (const InferenceRule& inf : rules_.inferences) infer(inf);
      if (triples_.size() == before) break;
    }
  }

  void infer(const InferenceRule& inf) {
    const size_t n = triples_.size();
    using Binding = std::unordered_map<std::string, Node>;
    auto bind = [](const std::array<std::string, 3>& p, const Triple& t, Binding* b) {
      if (t.predicate != p[1]) return false;
      for (auto [var, node] : {std::pair{p[0], &t.subject}, std::pair{p[2], &t.object}}) {
        auto it = b->find(var);
        if (it != b->end()) {
          if (it->second.id != node->id) return false;
        } else {
          b->emplace(var, *node);
        }
      }
      return true;
    };
    std::vector<std::pair<Binding, size_t>> found;
    for (size_t i = 0; i < n; ++i) {
      Binding b;
      if (!bind(inf.premises[0], triples_[i], &b)) continue;
      if (inf.premises.size() == 1) {
        found.emplace_back(std::move(b), i);
        continue;
      }
      for (size_t j = 0; j < n; ++j) {
        Binding b2 = b;
        if (bind(inf.premises[1], triples_[j], &b2)) found.emplace_back(std::move(b2), i);
      }
    }
    for (auto& [b, i] : found) {
      const Provenance prov = triples_[i].provenance;
      Unit u;
      u.headline = true;
      u.evidence = prov.sentence;
      u.doc_begin = prov.begin;
      u.doc_end = prov.end;
      add_triple(b.at(inf.conclusion[0]), inf.conclusion[1], b.at(inf.conclusion[2]), inf.name, u);
    }
  }

  const Ruleset::Impl& rules_;
  const Article& article_;
  std::string_view doc_text_;
  const TraceSink* trace_;
  bool check_anchors_ = false;
  Lattice* lattice_ = nullptr;  // thread-local, see the constructor
  Backtracker* backtracker_ = nullptr;
  const Unit* lattice_unit_ = nullptr;  // the unit lattice_ holds
  std::vector<int32_t> slots_;
  Gazetteer names_;
  std::vector<Unit> units_;
  const Unit* current_unit_ = nullptr;
  size_t match_begin_ = 0;  // where the match being emitted begins, in its unit
  std::vector<EventRec> events_;
  int current_ = -1;
  int row_event_ = -1;  // each_new_event: the event of the item being emitted, -1 otherwise
  std::vector<Triple> triples_;
  std::unordered_set<std::string> seen_;
  size_t matches_ = 0;
  bool limit_traced_ = false;
};

}  // namespace

std::vector<Triple> run_article(const Ruleset::Impl& rules, const Article& article, std::string_view document_text,
                                const TraceSink* trace, bool check_anchors, const std::vector<std::string>& page_persons) {
  ArticleRun run(rules, article, document_text, trace, check_anchors);
  for (const std::string& name : page_persons) run.know(name);
  return run.run();
}

}  // namespace guanxi::engine
