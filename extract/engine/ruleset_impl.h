// Ruleset::Impl: the compiled form of a rule set, private to the rule engine.
//
// Everything here is built once by the loader (extract/engine/loader.cc) and never changed
// afterwards, so one Impl is shared read-only by any number of threads. RE2 objects are
// thread-safe for matching. Nothing outside extract/engine/ and extract/ruleset.cc may
// include this header (it names RE2).
#pragma once

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/node.h"
#include "extract/engine/literal_trie.h"
#include "extract/engine/compiled_pattern.h"
#include "extract/engine/program.h"
#include "extract/ruleset.h"

namespace guanxi::engine {

// Where something was written: for error messages and lint.
struct SourcePos {
  std::string file;
  int line = 0;    // 1-based
  int column = 0;  // 1-based
  std::string to_string() const;  // "rules/a.yaml:12:5"
};

// A word list: inline in YAML or a file (one entry a line, `#` comments, optional
// TAB-separated key=value attributes).
struct Lexicon {
  std::string name;
  SourcePos pos;
  std::vector<std::string> entries;  // file order, no duplicates
  std::unordered_map<std::string, std::map<std::string, std::string>> attributes;
  std::string alternation;  // "(?:长词|短)" quoted, longest first; "(?!)" never when empty
};

struct Fragment {
  std::string name;
  SourcePos pos;
  std::string source;    // as written
  std::string expanded;  // references replaced
  std::string kept;      // fragments replaced, lexicon references kept (for the lattice matcher)
};

enum class Stage { kEntity = 0, kEvent = 1, kRelation = 2 };
const char* stage_name(Stage stage);

// How an item of a person capture becomes a person.
enum class NameMode {
  kKnown,     // only a person already found in the article (full name or alias)
  kStrict,    // also a new name: surname from the surname lexicon + 1-2 characters
  kAnchored,  // also a new name of 2-4 characters without a surname check (after a title)
};

struct CaptureSpec {
  std::string name;
  int group = 0;  // RE2 group index
  NodeType type = NodeType::kPerson;
  bool list = false;        // split into items, one triple per item
  NameMode mode = NameMode::kStrict;
  std::string pair;         // non-empty: each item is "A<pair>B" -> left/right
  bool host_fallback = false;  // a person item that is only a group label -> the event's host
  bool title_chain = false;    // a title capture: split into titles on 、
  std::vector<std::string> split;  // more separators for this capture's items ("兼")
  std::shared_ptr<CompiledPattern> accept;  // non-person items must match this wholly (a place's shape)
  std::shared_ptr<RE2> pair_split;  // "(.+?)(?:<pair>)(.+)", when `pair` is set
};

// One side of an emitted triple.
struct Term {
  enum class Kind { kCapture, kEvent, kAllEvents, kArticle, kDate, kWhen, kHost, kReporter };
  Kind kind = Kind::kCapture;
  std::string capture;  // kCapture
  std::string event_filter;  // kEvent: "$event(会见)" = the latest event whose label has it;
                             // kAllEvents: "$events(会见)" = every such event of the article
  bool named_only = false;   // kEvent: "$event?" = only an event a rule named (no headline)
  int part = 0;         // 0 whole item, 1 left of a pair, 2 right of a pair
};

struct Emit {
  Term subject;
  std::string predicate;
  Term object;
};

struct Rule {
  std::string name;
  SourcePos pos;
  Stage stage = Stage::kRelation;
  int priority = 0;
  std::string group;          // overlapping matches in one group: one wins (docs/rules.md)
  bool on_headline = false;   // scope
  bool on_body = true;
  bool on_reporters = false;  // no pattern: one run per byline reporter
  bool on_editors = false;    // no pattern: one run per desk credit (Article::editors)
  std::string pattern;        // as written
  std::string expanded;       // references replaced, lookahead rewritten
  std::unique_ptr<RE2> re;
  // The same pattern for the lattice matcher (extract/engine/program.h), which runs it; null
  // when the pattern uses syntax the lattice matcher does not support (`program_error` says
  // which), and RE2 runs it.
  std::unique_ptr<Program> program;
  std::string program_error;
  int ahead_group = -1;       // group of a trailing (?=...) (not consumed), -1 when none
  int groups = 0;             // number of capturing groups
  std::vector<CaptureSpec> captures;
  std::vector<CompiledPattern> unless;  // blocking cues
  std::vector<std::string> unless_source;
  CompiledPattern unless_any;  // all cues as one alternation (when more than one)
  int unless_before = 6;      // characters before the match also searched for cues
  int unless_after = 0;       // characters after the match also searched for cues
  // anchor: {lexicon: L, within: N}, a speed hint (docs/rules.md, "Speed"): every match
  // starts at most N characters before an entry of L. The pattern is then tried, anchored,
  // only at those starts instead of searched for along the whole unit. `guanxi rules test`
  // checks the promise on every example.
  std::string anchor_lexicon;
  int anchor_within = -1;                // -1: no anchor
  const LiteralTrie* anchor = nullptr;   // owned by Ruleset::Impl::lexicon_tries
  // Event rules.
  std::string event_capture;  // the capture that names the event
  std::string event_label;    // or a fixed label
  bool event_if_none = false; // only when the article has no current event yet
  // unless_event: [调研, 考察]: not when the current event's label contains one of these (a
  // 座谈会 held during an inspection is part of it)
  std::vector<std::string> unless_event;
  bool event_new = false;     // always a new occurrence (分别...), never reuse a same label
  // refer_back: [大会, 会议]: a label equal to one of these names the current event, when
  // there is one and its label has the word's last character (大会在国歌声中开幕 after
  // 第十八次代表大会开幕), instead of a new event called 大会.
  std::vector<std::string> refer_back;
  // each_new_event: {capture: guests, label: 会见}: each item of the capture starts its own
  // new event occurrence (分别会见A和B = two meetings); the row's triples are emitted once per
  // item, with the capture bound to that item alone and $event meaning that item's event.
  std::string each_capture;
  std::string each_label;
  std::vector<Emit> emits;
  int order = 0;              // load order, the last tie-breaker

  const CaptureSpec* capture(const std::string& capture_name) const;
};

// "if [?x, chaired, ?e] then [?x, attended, ?e]"; one or two premises joined on variables.
struct InferenceRule {
  std::string name;
  SourcePos pos;
  std::vector<std::array<std::string, 3>> premises;
  std::array<std::string, 3> conclusion;
};

// An example inside a rule file: text in, triples that must / must not come out.
struct Example {
  SourcePos pos;
  std::string rule;  // the rule it belongs to ("" for a file-level example)
  std::string headline;
  std::string text;
  std::string date;
  std::vector<std::string> reporters;
  std::vector<std::string> editors;
  std::vector<std::array<std::string, 3>> expect;  // [subject label, predicate, object label]
  std::vector<std::array<std::string, 3>> reject;
};

// How names are recognised and lists split; one `names:` section per rule set.
struct NameSettings {
  std::string surnames;        // lexicon name
  CompiledPattern strip_prefix;  // removed (repeatedly) from the start of an item
  CompiledPattern strip_suffix;  // removed from the end of an item
  CompiledPattern reject;        // an item matching this (wholly) is not a name
  CompiledPattern group_label;   // an item that is only this -> host_fallback
  CompiledPattern foreign;       // a transliterated foreign name (no surname check)
  CompiledPattern syllables;     // a name of known syllables, no dot (次仁旺姆, 乌兰其其格)
  std::string separators = "、，,；;";   // always split
  std::vector<std::string> weak_separators = {"以及", "和", "及", "与", "同"};
};

}  // namespace guanxi::engine

namespace guanxi {

struct Ruleset::Impl {
  std::string hash;
  std::vector<std::string> files;
  std::map<std::string, engine::Lexicon> lexicons;
  std::map<std::string, engine::Fragment> fragments;
  std::unordered_set<std::string> used_names;   // lexicons/fragments referenced anywhere
  std::vector<engine::Rule> rules;              // load order
  std::vector<engine::InferenceRule> inferences;
  std::vector<engine::Example> examples;
  engine::NameSettings names;
  std::unordered_set<std::string> surnames;           // 1- and 2-character surnames
  std::unordered_set<std::string> risky_surnames;
  std::unordered_map<std::string, std::string> aliases;  // variant label -> canonical
  std::vector<std::string> predicates;          // known predicates
  // Prefilter: the literal strings ("atoms") the rules need are found in one pass of one
  // automaton (atoms) over a unit; FilteredRE2 then names the rules whose needs are met.
  std::unique_ptr<re2::FilteredRE2> filter;
  std::unique_ptr<RE2::Set> atoms;              // null when no rule needs an atom
  // The same atoms in a trie: the prefilter pass on text that has no cased letter beyond
  // ASCII (atoms are lowercase; the Set, case-insensitive, serves the rest). A trie builds
  // no state lazily, so text never seen before costs what familiar text costs.
  std::unique_ptr<engine::LiteralTrie> atom_trie;
  std::vector<int> filter_rule;                 // filter id -> rule index
  std::vector<int> unfiltered;                  // rules that could not join the filter
  // The tries of the lexicons that rules name as anchors or in patterns, by lexicon name.
  std::map<std::string, std::unique_ptr<engine::LiteralTrie>> lexicon_tries;
  // Run every rule on RE2 even when it has a Program (the reference matcher, for
  // comparisons; GUANXI_MATCHER=re2).
  bool re2_only = false;
  // Patterns outside rules (names:, accept:) that only RE2 can run, for `rules lint`.
  struct SlowPattern {
    engine::SourcePos pos;
    std::string owner;  // "names.reject", or the rule of an accept
    std::string why;
  };
  std::vector<SlowPattern> slow_patterns;
};

}  // namespace guanxi
