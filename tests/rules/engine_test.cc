// The rule engine on small rule sets written for each behaviour: loading (errors with file,
// line, column and rule; all-or-nothing), the pattern language (references, trailing
// lookahead), captures and lists, events and context, blocking cues, the conflict policy,
// aliases, inference, provenance, tracing, and safety on hostile input.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <set>
#include <fstream>
#include <string>
#include <vector>

#include "extract/engine/literal_trie.h"
#include "extract/engine/matcher.h"
#include "extract/engine/pattern.h"
#include "extract/engine/rule_tests.h"
#include "extract/engine/ruleset_impl.h"
#include "extract/ruleset.h"

namespace guanxi {
namespace {

namespace fs = std::filesystem;

// A small vocabulary shared by the tests (invented names only).
const char* kVocabulary = R"(
lexicons:
  surnames: [韩, 苏, 林, 周, 郑, 叶, 沈, 陆]
  titles: [市长, 副市长, 书记, 市委书记, 主任, 副主任, 总统]
  groups: [市领导]
fragments:
  name: '\p{Han}{2,3}?'
  after: '[、，。]|$|出席|主持|强调|会见'
names:
  surnames: surnames
  strip_prefix: '(?:{titles})|(?:{groups})'
  strip_suffix: '等'
  group_label: '{groups}'
)";

std::shared_ptr<const Ruleset> load_ok(const std::string& rules) {
  auto r = Ruleset::load_text(std::string(kVocabulary) + rules, "test.yaml");
  EXPECT_TRUE(r.ok()) << r.status().to_string();
  return r.ok() ? *r : nullptr;
}

Status load_error(const std::string& text) {
  auto r = Ruleset::load_text(text, "bad.yaml");
  EXPECT_FALSE(r.ok()) << "loaded but should not have:\n" << text;
  return r.ok() ? Status::Ok() : r.status();
}

Article article(const std::string& text, const std::string& headline = "") {
  Article a;
  a.id = "doc#1";
  a.doc = "doc";
  a.headline = headline;
  a.date = "2023-05-06";
  a.text = text;
  for (size_t i = 0; i <= text.size(); ++i) a.origin.push_back(static_cast<uint32_t>(i));
  return a;
}

std::vector<Triple> run(const Ruleset& rules, const Article& a, const TraceSink* trace = nullptr) {
  return engine::run_article(rules.impl(), a, "", trace);
}

// "subject predicate object" for each triple, in order.
std::vector<std::string> lines(const std::vector<Triple>& triples) {
  std::vector<std::string> out;
  for (const Triple& t : triples) out.push_back(t.subject.label + " " + t.predicate + " " + t.object.label);
  return out;
}

bool has(const std::vector<Triple>& triples, const std::string& line) {
  for (const std::string& l : lines(triples)) {
    if (l == line) return true;
  }
  return false;
}

// ---- pattern language --------------------------------------------------------------------

TEST(Pattern, ReferencesSkipUnicodeClassesAndEscapes) {
  EXPECT_EQ(engine::pattern_references(R"({a}\p{Han}{2,3}\{b}{c_1})"), (std::vector<std::string>{"a", "c_1"}));
}

TEST(Pattern, ExpandReportsUnknownReference) {
  std::string out;
  auto err = engine::expand_references("x{known}{missing}", [](const std::string& n) -> std::optional<std::string> {
    if (n == "known") return "K";
    return std::nullopt;
  }, &out);
  ASSERT_TRUE(err.has_value());
  EXPECT_NE(err->find("{missing}"), std::string::npos);
}

TEST(Pattern, TrailingLookaheadIsRewrittenOnlyAtTheEnd) {
  std::string p = "(?P<x>a+)(?=b|c)";
  EXPECT_TRUE(engine::rewrite_trailing_lookahead(&p));
  EXPECT_EQ(p, "(?P<x>a+)(?P<__ahead>b|c)");
  std::string q = "(?=b)a";
  EXPECT_FALSE(engine::rewrite_trailing_lookahead(&q));
  std::string r = "a[)](?:b)";
  EXPECT_FALSE(engine::rewrite_trailing_lookahead(&r));
}

TEST(Pattern, LexiconAlternationPrefersLongerEntries) {
  std::string alt = engine::lexicon_alternation({"会", "工作会议", "a.b"});
  EXPECT_EQ(alt, "工作会议|会|a\\.b");  // by length in bytes, stable
}

// ---- loading -----------------------------------------------------------------------------

TEST(Load, BadYamlNamesLineAndColumn) {
  Status s = load_error("rules:\n  - name: x\n    pattern: [unclosed\n");
  EXPECT_NE(s.message().find("bad.yaml:"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("bad YAML"), std::string::npos) << s.message();
}

TEST(Load, BadPatternNamesFileLineColumnAndRule) {
  Status s = load_error("rules:\n  - name: broken\n    pattern: '(?P<p>abc'\n    emit: [[p, met, p]]\n");
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("bad.yaml:3:14"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("rule 'broken'"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("bad pattern"), std::string::npos) << s.message();
}

TEST(Load, UnknownCaptureIsRefused) {
  Status s = load_error("rules:\n  - name: r\n    pattern: '(?P<a>x)'\n    emit: [[a, met, b]]\n");
  EXPECT_NE(s.message().find("unknown capture 'b'"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("bad.yaml:4:"), std::string::npos) << s.message();
}

TEST(Load, UnknownPredicateIsRefusedUnlessDeclared) {
  Status s = load_error("rules:\n  - name: r\n    pattern: '(?P<a>x)(?P<b>y)'\n    emit: [[a, likes, b]]\n");
  EXPECT_NE(s.message().find("unknown predicate 'likes'"), std::string::npos) << s.message();
  auto ok = Ruleset::load_text("predicates: [likes]\nrules:\n  - name: r\n    pattern: '(?P<a>x)(?P<b>y)'\n"
                               "    emit: [[a, likes, b]]\n", "ok.yaml");
  EXPECT_TRUE(ok.ok()) << ok.status().to_string();
}

TEST(Load, UnknownReferenceDuplicateNameCycleAndUnknownKey) {
  EXPECT_NE(load_error("rules:\n  - name: r\n    pattern: '{nowhere}'\n    emit: [[$event, held_on, $date]]\n")
                .message().find("unknown lexicon or fragment {nowhere}"), std::string::npos);
  EXPECT_NE(load_error("rules:\n  - {name: r, pattern: a, emit: [[$event, held_on, $date]]}\n"
                       "  - {name: r, pattern: b, emit: [[$event, held_on, $date]]}\n")
                .message().find("duplicate rule name"), std::string::npos);
  EXPECT_NE(load_error("fragments:\n  a: '{b}'\n  b: '{a}'\n").message().find("cycle"), std::string::npos);
  EXPECT_NE(load_error("rules:\n  - {name: r, patern: a}\n").message().find("unknown key 'patern'"),
            std::string::npos);
}

// A class holds single characters: a lexicon inside one would mean one thing to RE2 (its
// characters) and another to the lattice matcher, so it is refused with the way to write it.
TEST(Load, AReferenceInsideACharacterClassIsRefused) {
  Status s = load_error(std::string(kVocabulary) + R"(
rules:
  - name: in_class
    pattern: '[{surnames}甲]乙'
    emit: []
)");
  EXPECT_NE(s.to_string().find("{surnames} inside a character class"), std::string::npos) << s.to_string();
  EXPECT_NE(s.to_string().find("in_class"), std::string::npos) << s.to_string();
  // Escaped brackets and \p{...} inside a class are no references.
  EXPECT_TRUE(load_ok(R"(
rules:
  - name: escaped
    stage: relation
    pattern: '[\[\]\p{Han}]{2}(?P<p>{name})出席'
    captures: {p: person}
    emit: [[p, attended, $event]]
)"));
}

TEST(Load, LookaheadInTheMiddleIsRefusedWithAHint) {
  Status s = load_error("rules:\n  - {name: r, pattern: 'a(?=b)c', emit: [[$event, held_on, $date]]}\n");
  EXPECT_NE(s.message().find("only at the very end"), std::string::npos) << s.message();
}

TEST(Load, AllOrNothingAcrossFiles) {
  const fs::path dir = fs::temp_directory_path() / ("guanxi_rules_load_" + std::to_string(::getpid()));
  fs::create_directories(dir / "lexicons");
  std::ofstream(dir / "lexicons" / "words.txt") << "# comment\n甲\tcanonical=乙\n丙 # trailing comment\n";
  std::ofstream(dir / "a.yaml") << "lexicons:\n  words: {file: lexicons/words.txt}\n"
                                   "rules:\n  - {name: good, pattern: '{words}', event_label: x, stage: event}\n";
  auto good = Ruleset::load({dir.string()});
  ASSERT_TRUE(good.ok()) << good.status().to_string();
  EXPECT_EQ((*good)->impl().lexicons.at("words").entries, (std::vector<std::string>{"甲", "丙"}));
  EXPECT_EQ((*good)->impl().aliases.at("甲"), "乙");
  std::ofstream(dir / "b.yaml") << "rules:\n  - {name: bad, pattern: '(', event_label: x, stage: event}\n";
  auto bad = Ruleset::load({dir.string()});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("b.yaml:2:"), std::string::npos) << bad.status().message();
  EXPECT_NE(bad.status().message().find("rule 'bad'"), std::string::npos);
  fs::remove_all(dir);
}

TEST(Load, MissingLexiconFileAndMissingPath) {
  EXPECT_NE(load_error("lexicons:\n  w: {file: nowhere.txt}\n").message().find("cannot open"), std::string::npos);
  auto r = Ruleset::load({"/nonexistent/rules"});
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

TEST(Load, HashChangesWithAnyRule) {
  auto a = load_ok("rules:\n  - {name: r, stage: event, pattern: 'a', event_label: x}\n");
  auto b = load_ok("rules:\n  - {name: r, stage: event, pattern: 'b', event_label: x}\n");
  ASSERT_TRUE(a && b);
  EXPECT_NE(a->hash(), b->hash());
}

// ---- captures, lists, context ------------------------------------------------------------

const char* kAttend = R"(
rules:
  - name: title_person
    stage: entity
    pattern: '(?P<t>{titles})(?P<p>{name}(?:、{name})*)(?={after})'
    captures:
      t: {type: title, list: true}
      p: {type: person, list: true, mode: anchored}
    emit: [[p, holds_title, t]]
  - name: attend
    pattern: '(?P<p>[^。]{2,60}?)出席'
    captures:
      p: {type: person, list: true, mode: strict}
    unless: ['将出席']
    emit: [[p, attended, $event]]
  - name: convened
    stage: event
    scope: [headline, body]
    pattern: '(?P<e>[^，。]{2,20}?会议)召开'
    event: e
)";

TEST(Captures, ListCaptureYieldsOneTriplePerItemAndTitlesAreStripped) {
  auto rules = load_ok(kAttend);
  ASSERT_TRUE(rules);
  auto t = run(*rules, article("市领导韩一鸣、苏景和周远舟出席。", "防汛工作会议召开"));
  EXPECT_TRUE(has(t, "韩一鸣 attended 防汛工作会议")) << ::testing::PrintToString(lines(t));
  EXPECT_TRUE(has(t, "苏景 attended 防汛工作会议") || has(t, "苏景和 attended 防汛工作会议"));
  EXPECT_TRUE(has(t, "周远舟 attended 防汛工作会议"));
  EXPECT_FALSE(has(t, "市领导韩一鸣 attended 防汛工作会议"));
}

TEST(Captures, SharedTitleGoesToEveryNameOfTheList) {
  auto rules = load_ok(kAttend);
  ASSERT_TRUE(rules);
  auto t = run(*rules, article("副主任林青、周望、郑澜出席。"));
  EXPECT_TRUE(has(t, "林青 holds_title 副主任"));
  EXPECT_TRUE(has(t, "周望 holds_title 副主任"));
  EXPECT_TRUE(has(t, "郑澜 holds_title 副主任"));
}

TEST(Captures, BlockingCueStopsTheMatch) {
  auto rules = load_ok(kAttend);
  ASSERT_TRUE(rules);
  std::vector<TraceEvent> events;
  TraceSink sink = [&](const TraceEvent& e) { events.push_back(e); };
  auto t = run(*rules, article("市长韩一鸣将出席。"), &sink);
  EXPECT_FALSE(has(t, "韩一鸣 attended doc#1"));
  bool blocked = false;
  for (const auto& e : events) blocked |= e.what == "blocked" && e.rule == "attend";
  EXPECT_TRUE(blocked);
}

// A rule's cues are searched as one alternation; the trace still names the cue that matched,
// and a window without any cue is not blocked.
TEST(Captures, SeveralCuesBlockAndTheTraceNamesTheOneThatMatched) {
  auto rules = load_ok(R"(
rules:
  - name: attend
    pattern: '(?P<p>[^。，]{2,12}?)出席'
    captures:
      p: {type: person, list: true, mode: strict}
    unless: ['将', '拟', '计划[^。]{0,4}']
    unless_before: 4
    emit: [[p, attended, $event]]
)");
  ASSERT_TRUE(rules);
  std::vector<TraceEvent> events;
  TraceSink sink = [&](const TraceEvent& e) { events.push_back(e); };
  auto t = run(*rules, article("韩一鸣拟出席。周远舟计划下周出席。林青出席。", "防汛工作会议"), &sink);
  EXPECT_FALSE(has(t, "韩一鸣 attended 防汛工作会议")) << ::testing::PrintToString(lines(t));
  EXPECT_FALSE(has(t, "周远舟 attended 防汛工作会议"));
  EXPECT_TRUE(has(t, "林青 attended 防汛工作会议")) << ::testing::PrintToString(lines(t));
  std::vector<std::string> cues;
  for (const auto& e : events) {
    if (e.what == "blocked") cues.push_back(e.detail);
  }
  ASSERT_EQ(cues.size(), 2u) << ::testing::PrintToString(cues);
  EXPECT_NE(cues[0].find("'拟' (拟)"), std::string::npos) << cues[0];
  EXPECT_NE(cues[1].find("(计划[^。]{0,4})"), std::string::npos) << cues[1];
}

// 另据报道，… (or 据…消息，…) opens another report inside the article: who speaks there is not
// at the current event; the next sentence of the article's own report finds it again only
// when a rule names it.
TEST(Context, AnotherReportInsideTheArticleHasNoCurrentEvent) {
  auto rules = load_ok(R"(
rules:
  - name: convened
    stage: event
    scope: [headline, body]
    pattern: '(?P<e>[^，。]{2,20}?会议)开幕'
    event: e
  - name: speaker
    pattern: '(?P<p>[^，。]{2,12}?)表示'
    captures: {p: {type: person, mode: strict}}
    emit: [[p, attended, '$event?']]
)");
  ASSERT_TRUE(rules);
  auto t = run(*rules, article("东盟外长会议开幕，苏晓林表示欢迎。另据报道，林一鸣表示支持。据新华社消息，周望表示关切。", ""));
  EXPECT_TRUE(has(t, "苏晓林 attended 东盟外长会议")) << ::testing::PrintToString(lines(t));
  EXPECT_FALSE(has(t, "林一鸣 attended 东盟外长会议"));
  EXPECT_FALSE(has(t, "周望 attended 东盟外长会议"));
}

TEST(Context, WithoutANamedEventTheHeadlineStandsForIt) {
  auto rules = load_ok(kAttend);
  ASSERT_TRUE(rules);
  auto t = run(*rules, article("市长韩一鸣出席。", "市领导调研春耕生产"));
  ASSERT_TRUE(has(t, "韩一鸣 attended 市领导调研春耕生产")) << ::testing::PrintToString(lines(t));
  for (const Triple& x : t) {
    if (x.predicate == "attended") {
      EXPECT_EQ(x.object.type, NodeType::kEvent);
      EXPECT_EQ(x.object.id, "event:市领导调研春耕生产@doc#1");
    }
  }
}

TEST(Context, SameEventNameIsOneEventAndANewNameIsAnother) {
  auto rules = load_ok(kAttend);
  ASSERT_TRUE(rules);
  auto t = run(*rules, article("防汛工作会议召开。韩一鸣出席。随后，安全生产会议召开。苏景出席。", "防汛工作会议召开"));
  EXPECT_TRUE(has(t, "韩一鸣 attended 防汛工作会议")) << ::testing::PrintToString(lines(t));
  EXPECT_TRUE(has(t, "苏景 attended 安全生产会议"));
  EXPECT_FALSE(has(t, "苏景 attended 防汛工作会议"));
}

// The load error of a relation rule that carries `key_line`, a key only event rules may have.
std::string event_key_on_relation_rule(const std::string& key_line) {
  return load_error(std::string(kVocabulary) + R"(
rules:
  - name: attend
    pattern: '(?P<p>[^。]{2,60}?)出席'
    captures: {p: person}
    )" + key_line + R"(
    emit: [[p, attended, $event]]
)").to_string();
}

// unless_event: an event rule does not fire while the current event's label has one of the
// words (a 座谈会 held during an inspection is part of it); only event rules may say it.
TEST(Context, UnlessEventKeepsTheCurrentEventWhenItsLabelHasTheWord) {
  auto rules = load_ok(std::string(kAttend) + R"(
  - name: followed
    stage: event
    pattern: '在随后召开的(?P<e>[^，。]{0,10}?座谈会)上'
    unless_event: [调研]
    event: e
  - name: visit
    stage: event
    pattern: '(?P<e>调研[^，。]{2,10}?工作)'
    event: e
)");
  ASSERT_TRUE(rules);
  auto visit = run(*rules, article("韩一鸣调研防汛工作。在随后召开的座谈会上，苏景出席。"));
  EXPECT_TRUE(has(visit, "苏景 attended 调研防汛工作")) << ::testing::PrintToString(lines(visit));
  EXPECT_FALSE(has(visit, "苏景 attended 座谈会"));
  auto meeting = run(*rules, article("防汛工作会议召开。在随后召开的座谈会上，苏景出席。"));
  EXPECT_TRUE(has(meeting, "苏景 attended 座谈会")) << ::testing::PrintToString(lines(meeting));
  const std::string error = event_key_on_relation_rule("unless_event: [调研]");
  EXPECT_NE(error.find("unless_event is for event rules"), std::string::npos) << error;
}

// A bare label (会谈) names the current event again, but after another event it is another
// occurrence: two talks of one article are two events.
TEST(Context, ABareLabelAfterAnotherEventIsAnotherOccurrence) {
  auto rules = load_ok(std::string(kAttend) + R"(
  - name: talks
    stage: event
    pattern: '举行(?P<e>会谈)'
    event: e
)");
  ASSERT_TRUE(rules);
  auto t = run(*rules, article("举行会谈，韩一鸣出席。会谈中，周远舟出席。防汛工作会议召开。举行会谈，苏景出席。"));
  std::map<std::string, std::string> event_of;
  for (const Triple& x : t) {
    if (x.predicate == "attended") event_of[x.subject.label] = x.object.id;
  }
  ASSERT_EQ(event_of.count("韩一鸣"), 1u) << ::testing::PrintToString(lines(t));
  ASSERT_EQ(event_of.count("苏景"), 1u);
  ASSERT_EQ(event_of.count("周远舟"), 1u);
  EXPECT_EQ(event_of["韩一鸣"], event_of["周远舟"]);  // still the current event
  EXPECT_NE(event_of["韩一鸣"], event_of["苏景"]);
}

// refer_back: a label equal to one of the words names the current event when its label has
// the word's last character; otherwise (no current event, another kind of event) it is new.
TEST(Context, ReferBackWordsNameTheCurrentEvent) {
  auto rules = load_ok(std::string(kAttend) + R"(
  - name: held
    stage: event
    pattern: '(?:^|[，。])(?P<e>[^，。]{0,20}?(?:大会|活动))在[^，。]{1,10}?(?:开幕|举行)'
    refer_back: [大会]
    event: e
  - name: congress
    stage: event
    scope: [headline, body]
    pattern: '(?P<e>[^，。]{2,20}?代表大会)开幕'
    event: e
)");
  ASSERT_TRUE(rules);
  auto same = run(*rules, article("第十八次代表大会开幕。大会在国歌声中开幕。苏景出席。"));
  EXPECT_TRUE(has(same, "苏景 attended 第十八次代表大会")) << ::testing::PrintToString(lines(same));
  EXPECT_FALSE(has(same, "苏景 attended 大会"));
  auto other = run(*rules, article("第十八次代表大会开幕。活动在广场举行。苏景出席。"));
  EXPECT_TRUE(has(other, "苏景 attended 活动")) << ::testing::PrintToString(lines(other));
  auto alone = run(*rules, article("大会在国歌声中开幕。苏景出席。"));
  EXPECT_TRUE(has(alone, "苏景 attended 大会")) << ::testing::PrintToString(lines(alone));
  const std::string error = event_key_on_relation_rule("refer_back: [大会]");
  EXPECT_NE(error.find("refer_back is for event rules"), std::string::npos) << error;
}

TEST(Context, AnEventNamedMoreFullyLaterTakesItsFullestName) {
  auto rules = load_ok(kAttend);
  ASSERT_TRUE(rules);
  // The headline's short name and the body's full name are one event, labelled by the full one.
  auto t = run(*rules, article("会上，溪澄市防汛工作会议召开。韩一鸣出席。", "防汛工作会议召开"));
  EXPECT_TRUE(has(t, "韩一鸣 attended 溪澄市防汛工作会议")) << ::testing::PrintToString(lines(t));
  EXPECT_FALSE(has(t, "韩一鸣 attended 防汛工作会议"));
  std::set<std::string> ids, keys;
  for (const Triple& x : t) {
    if (x.object.type == NodeType::kEvent) ids.insert(x.object.id);
    EXPECT_TRUE(keys.insert(x.subject.id + " " + x.predicate + " " + x.object.id).second) << "twice";
  }
  EXPECT_EQ(ids, (std::set<std::string>{"event:溪澄市防汛工作会议@doc#1"}));
}

TEST(Context, ProvenanceShowsTheSentenceAsTheDocumentPrintedIt) {
  auto rules = load_ok(kAttend);
  ASSERT_TRUE(rules);
  // The document printed a half-width comma where the normalized text has a full-width one.
  const std::string doc = "XX市长韩一鸣,出席。";
  Article a = article("市长韩一鸣，出席。");
  a.origin.clear();
  // normalized "市长韩一鸣" (15 bytes) <- doc bytes 2..17; "，"(3 bytes) <- doc ","(1 byte).
  for (uint32_t i = 0; i < 15; ++i) a.origin.push_back(2 + i);
  for (uint32_t i = 0; i < 3; ++i) a.origin.push_back(17);
  for (uint32_t i = 0; i <= 9; ++i) a.origin.push_back(18 + i);
  ASSERT_EQ(a.origin.size(), a.text.size() + 1);
  auto t = engine::run_article(rules->impl(), a, doc, nullptr);
  ASSERT_FALSE(t.empty());
  EXPECT_EQ(t[0].provenance.sentence, "市长韩一鸣,出席。");
  EXPECT_EQ(t[0].provenance.begin, 2u);
  EXPECT_EQ(t[0].provenance.end, doc.size());
  EXPECT_EQ(t[0].provenance.date, "2023-05-06");
  EXPECT_EQ(t[0].provenance.article, "doc#1");
  EXPECT_EQ(t[0].provenance.rule, "title_person");
}

// ---- conflict policy ---------------------------------------------------------------------

// 分别会见A和B: each guest has a meeting of their own; a later 参加会见 joins every one.
const char* kSeparate = R"(
rules:
  - name: separately
    group: met
    priority: 20
    pattern: '(?P<h>{name})分别会见(?P<g>[^。]{2,40}?)(?=。)'
    captures:
      h: {type: person, mode: strict}
      g: {type: person, list: true, mode: strict}
    each_new_event: {capture: g, label: 会见}
    emit:
      - [h, met, g]
      - [h, attended, $event]
      - [g, attended, $event]
  - name: companions
    pattern: '(?P<p>[^。]{2,20}?)参加会见'
    captures:
      p: {type: person, list: true, mode: strict}
    emit: [[p, attended, $events(会见)]]
  - name: convened
    stage: event
    pattern: '(?P<e>[^，。]{2,20}?会议)召开'
    event: e
)";

TEST(Context, EachNewEventGivesEveryItemItsOwnEventAndEventsJoinsThemAll) {
  auto rules = load_ok(kSeparate);
  ASSERT_TRUE(rules);
  auto t = run(*rules, article("防汛工作会议召开。韩一鸣分别会见周海和郑远。苏景、陆川参加会见。"));
  std::map<std::string, std::set<std::string>> by_event;
  for (const Triple& x : t) {
    if (x.predicate == "attended") by_event[x.object.id].insert(x.subject.label);
  }
  EXPECT_TRUE(has(t, "韩一鸣 met 周海")) << ::testing::PrintToString(lines(t));
  EXPECT_TRUE(has(t, "韩一鸣 met 郑远"));
  EXPECT_FALSE(has(t, "周海 met 郑远"));
  const std::set<std::string> first = {"韩一鸣", "周海", "苏景", "陆川"};
  const std::set<std::string> second = {"韩一鸣", "郑远", "苏景", "陆川"};
  EXPECT_EQ(by_event["event:会见@doc#1"], first) << ::testing::PrintToString(lines(t));
  EXPECT_EQ(by_event["event:会见@doc#1#1"], second);
  // The meeting named before is no 会见: the companions did not attend it.
  EXPECT_EQ(by_event.count("event:防汛工作会议@doc#1"), 0u);
}

TEST(Context, EventsWithALabelFallsBackToTheCurrentEventAndEachNewEventIsChecked) {
  auto rules = load_ok(kSeparate);
  ASSERT_TRUE(rules);
  auto t = run(*rules, article("防汛工作会议召开。苏景参加会见。"));
  EXPECT_TRUE(has(t, "苏景 attended 防汛工作会议")) << ::testing::PrintToString(lines(t));
  std::string base = std::string(kVocabulary) +
                     "rules:\n  - name: x\n    pattern: '(?P<g>{name})会见'\n"
                     "    captures: {g: {type: person, mode: strict}}\n";
  Status s = Ruleset::load_text(base + "    each_new_event: {capture: g, label: 会见}\n"
                                       "    emit: [[g, attended, $event]]\n", "bad.yaml").status();
  EXPECT_NE(s.to_string().find("list: true"), std::string::npos) << s.to_string();
  s = Ruleset::load_text(base + "    each_new_event: {capture: nope, label: 会见}\n"
                                "    emit: [[g, attended, $event]]\n", "bad.yaml").status();
  EXPECT_NE(s.to_string().find("unknown capture 'nope'"), std::string::npos) << s.to_string();
}

TEST(Conflicts, PriorityThenLengthWithinAGroupAndNoConflictAcrossGroups) {
  auto rules = load_ok(R"(
predicates: [tag]
rules:
  - {name: low, group: g, priority: 1, pattern: '(?P<a>韩一鸣)会见', emit: [[a, tag, $article]]}
  - {name: high, group: g, priority: 5, pattern: '(?P<a>韩一鸣)会', emit: [[a, tag, $date]]}
  - {name: long, group: h, pattern: '(?P<a>韩一鸣会见)', captures: {a: org}, emit: [[a, tag, $date]]}
  - {name: short, group: h, pattern: '(?P<a>韩一鸣)', captures: {a: org}, emit: [[a, tag, $article]]}
  - {name: other, group: k, pattern: '(?P<a>韩一鸣)', captures: {a: place}, emit: [[a, tag, $date]]}
)");
  ASSERT_TRUE(rules);
  auto t = run(*rules, article("韩一鸣会见。"));
  std::vector<std::string> rules_fired;
  for (const Triple& x : t) rules_fired.push_back(x.provenance.rule);
  EXPECT_EQ(rules_fired, (std::vector<std::string>{"high", "long", "other"}));
}

TEST(Conflicts, AMatchThatYieldsNoPersonLeavesTheSpanToTheNext) {
  auto rules = load_ok(R"(
predicates: [tag]
rules:
  - {name: first, group: g, priority: 9, pattern: '(?P<a>\p{Han}{2})会见', captures: {a: {mode: known}},
     emit: [[a, tag, $date]]}
  - {name: second, group: g, priority: 1, pattern: '(?P<a>\p{Han}{2})会见', captures: {a: {mode: anchored}},
     emit: [[a, tag, $article]]}
)");
  ASSERT_TRUE(rules);
  auto t = run(*rules, article("林青会见。"));
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].provenance.rule, "second");
}

// ---- names, aliases, inference -------------------------------------------------------------

TEST(Names, LaterShortFormMapsToTheFullNameWithinTheArticle) {
  auto rules = load_ok(R"(
rules:
  - name: title_person
    stage: entity
    pattern: '(?P<t>{titles})(?P<p>\p{Han}{1,6}·\p{Han}{1,6}?)(?=出席)'
    captures: {t: title, p: {mode: anchored}}
    emit: [[p, holds_title, t]]
  - name: speaker
    pattern: '(?P<p>\p{Han}{2,3}?)强调'
    captures: {p: {mode: known}}
    emit: [[p, attended, $event]]
)");
  ASSERT_TRUE(rules);
  auto t = run(*rules, article("总统法齐亚·皮尔出席。皮尔强调，要加强合作。", "会谈"));
  EXPECT_TRUE(has(t, "法齐亚·皮尔 attended 会谈")) << ::testing::PrintToString(lines(t));
  EXPECT_FALSE(has(t, "皮尔 attended 会谈"));
}

// A role word that strip_prefix reads as the front of an item (村民X) may be the item's end
// (X老人): when the front would take the whole item, the end is stripped first; an item
// that is only the role stays no one.
TEST(Names, ARoleAtTheEndIsStrippedAsAnEndNotAsAFront) {
  auto r = Ruleset::load_text(R"(
lexicons:
  surnames: [林, 周, 苏]
  roles: [老人, 村民]
names:
  surnames: surnames
  strip_prefix: '[^、，]{0,8}?(?:{roles})'
  strip_suffix: '老人|等'
rules:
  - name: attend
    pattern: '(?P<p>[^。，、]{2,12}?)出席'
    captures: {p: {type: person, list: true, mode: strict}}
    emit: [[p, attended, $event]]
)",
                              "test.yaml");
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  auto t = run(**r, article("林一鸣老人出席。村民周远出席。老人出席。", "茶话会"));
  EXPECT_TRUE(has(t, "林一鸣 attended 茶话会")) << ::testing::PrintToString(lines(t));
  EXPECT_TRUE(has(t, "周远 attended 茶话会"));
  EXPECT_FALSE(has(t, "林一鸣老人 attended 茶话会"));
  EXPECT_EQ(t.size(), 2u) << ::testing::PrintToString(lines(t));
}

// A transliterated name may carry a middle initial between dots (约翰·R·卡特); an initial is
// one Latin capital, and a name does not end with one.
TEST(Names, AMiddleInitialBetweenDotsIsPartOfAForeignName) {
  auto rules = load_ok(R"(
rules:
  - name: attend
    pattern: '(?P<p>[^，。、]{3,20}?)出席'
    captures: {p: {type: person, list: true, mode: strict}}
    emit: [[p, attended, $event]]
)");
  ASSERT_TRUE(rules);
  auto t = run(*rules, article("约翰·R·卡特出席。丹尼尔·F.·科斯塔出席。马克·Rx·韦恩出席。彼得·Q出席。", "会见"));
  EXPECT_TRUE(has(t, "约翰·R·卡特 attended 会见")) << ::testing::PrintToString(lines(t));
  EXPECT_TRUE(has(t, "丹尼尔·F.·科斯塔 attended 会见"));
  EXPECT_EQ(t.size(), 2u) << ::testing::PrintToString(lines(t));
}

TEST(Names, VariantSpellingsBecomeTheCanonicalLabel) {
  const fs::path dir = fs::temp_directory_path() / ("guanxi_rules_alias_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "variants.txt") << "荣阳市\tcanonical=荥阳市\n";
  std::ofstream(dir / "r.yaml") << "lexicons:\n  variants: {file: variants.txt}\n"
                                   "rules:\n  - {name: visit, pattern: '(?P<p>韩一鸣)到(?P<x>{variants}|北屿县)',\n"
                                   "     captures: {x: place, p: {mode: anchored}}, emit: [[p, inspected, x]]}\n";
  auto rules = Ruleset::load({dir.string()});
  ASSERT_TRUE(rules.ok()) << rules.status().to_string();
  auto t = run(**rules, article("韩一鸣到荣阳市。韩一鸣到北屿县。"));
  EXPECT_TRUE(has(t, "韩一鸣 inspected 荥阳市")) << ::testing::PrintToString(lines(t));
  EXPECT_TRUE(has(t, "韩一鸣 inspected 北屿县"));
  EXPECT_FALSE(has(t, "韩一鸣 inspected 荣阳市"));
  fs::remove_all(dir);
}

TEST(Inference, ChairedImpliesAttendedAndTwoPremisesJoin) {
  auto rules = load_ok(R"(
predicates: [colleague]
rules:
  - {name: chair, pattern: '(?P<p>韩一鸣)主持', captures: {p: {mode: anchored}}, emit: [[p, chaired, $event]]}
  - {name: attend, pattern: '(?P<p>苏景)出席', captures: {p: {mode: anchored}}, emit: [[p, attended, $event]]}
inference:
  - {name: chair_attends, if: [['?p', chaired, '?e']], then: ['?p', attended, '?e']}
  - name: same_event
    if: [['?a', attended, '?e'], ['?b', attended, '?e']]
    then: ['?a', colleague, '?b']
)");
  ASSERT_TRUE(rules);
  auto t = run(*rules, article("韩一鸣主持。苏景出席。", "全市会议"));
  EXPECT_TRUE(has(t, "韩一鸣 attended 全市会议")) << ::testing::PrintToString(lines(t));
  EXPECT_TRUE(has(t, "韩一鸣 colleague 苏景"));
  EXPECT_TRUE(has(t, "苏景 colleague 韩一鸣"));
  for (const Triple& x : t) {
    if (x.predicate == "colleague") {
      EXPECT_EQ(x.provenance.rule, "same_event");
    }
  }
}

TEST(Inference, UnboundVariableIsRefused) {
  Status s = load_error("inference:\n  - {name: i, if: [['?a', met, '?b']], then: ['?a', met, '?c']}\n");
  EXPECT_NE(s.message().find("?c is not bound"), std::string::npos) << s.message();
}

// ---- determinism, tracing, safety ----------------------------------------------------------

TEST(Engine, SameInputSameTriplesInTheSameOrder) {
  auto rules = load_ok(kAttend);
  ASSERT_TRUE(rules);
  Article a = article("市长韩一鸣、副市长苏景出席。防汛工作会议召开。市领导周望、郑澜出席。", "会议");
  EXPECT_EQ(lines(run(*rules, a)), lines(run(*rules, a)));
}

TEST(Engine, TraceNamesRuleSpanAndText) {
  auto rules = load_ok(kAttend);
  ASSERT_TRUE(rules);
  std::vector<TraceEvent> events;
  TraceSink sink = [&](const TraceEvent& e) { events.push_back(e); };
  Article a = article("会上，市长韩一鸣出席。");
  run(*rules, a, &sink);
  bool saw_match = false, saw_triple = false;
  for (const TraceEvent& e : events) {
    if (e.what == "match" && e.rule == "title_person") {
      saw_match = true;
      EXPECT_EQ(e.text, "市长韩一鸣");
      EXPECT_EQ(a.text.substr(e.span.begin, e.span.end - e.span.begin), "市长韩一鸣");
      EXPECT_NE(e.detail.find("p=韩一鸣"), std::string::npos) << e.detail;
    }
    saw_triple |= e.what == "triple" && e.detail == "韩一鸣 holds_title 市长";
  }
  EXPECT_TRUE(saw_match);
  EXPECT_TRUE(saw_triple);
}

TEST(Engine, HostileInputFinishes) {
  // Nested quantifiers that make backtracking engines exponential; RE2 stays linear.
  auto rules = load_ok(R"(
predicates: [tag]
rules:
  - {name: nested, pattern: '(?P<a>(?:(?:韩+)+)+)b', captures: {a: {mode: anchored}}, emit: [[a, tag, $date]]}
  - {name: lazy, pattern: '(?P<a>[^。]*?)出席(?P<b>[^。]*?)会见', captures: {a: {list: true}}, emit: [[a, attended, $event]]}
)");
  ASSERT_TRUE(rules);
  std::string text;
  while (text.size() < (1u << 20)) text += "韩韩韩韩、市长韩一鸣出席会";
  auto t = run(*rules, article(text));
  EXPECT_LT(t.size(), 100000u);  // it finished; the count is bounded by the unit and match caps
}

}  // namespace
}  // namespace guanxi

namespace guanxi {
namespace {

TEST(Lint, ReportsUnusedUntestedShadowedAndEmpty) {
  auto rules = Ruleset::load_text(R"(
predicates: [tag]
lexicons:
  used: [甲]
  unused: [乙]
  nothing: {entries: []}
rules:
  - {name: tested, group: g, priority: 2, pattern: '(?P<a>{used})', captures: {a: place}, emit: [[a, tag, $date]],
     examples: [{text: 甲, date: '2023-01-01', expect: [[甲, tag, 2023-01-01]]}]}
  - {name: shadowed, group: g, priority: 1, pattern: '(?P<a>{used})', captures: {a: place}, emit: [[a, tag, $date]]}
  - {name: empty, pattern: '(?P<a>x*)', captures: {a: place}, emit: [[a, tag, $date]]}
  - {name: never, pattern: '(?P<a>{nothing})', captures: {a: place}, emit: [[a, tag, $date]]}
)", "lint.yaml");
  ASSERT_TRUE(rules.ok()) << rules.status().to_string();
  std::string all;
  for (const auto& f : engine::lint(**rules)) all += f.kind + ": " + f.message + "\n";
  EXPECT_NE(all.find("unused: lexicon 'unused'"), std::string::npos) << all;
  EXPECT_NE(all.find("empty: lexicon 'nothing'"), std::string::npos) << all;
  EXPECT_NE(all.find("shadowed: rule 'shadowed' is shadowed by 'tested'"), std::string::npos) << all;
  EXPECT_NE(all.find("empty: rule 'empty' matches the empty string"), std::string::npos) << all;
  EXPECT_NE(all.find("untested: rule 'never'"), std::string::npos) << all;
  EXPECT_EQ(all.find("untested: rule 'tested'"), std::string::npos) << all;
  EXPECT_EQ(all.find("lexicon 'used'"), std::string::npos) << all;
}

TEST(Examples, FailingExampleShowsWhatIsMissingAndWhatIsUnwanted) {
  auto rules = Ruleset::load_text(R"(
predicates: [tag]
rules:
  - {name: r, pattern: '(?P<a>甲|乙)', captures: {a: place}, emit: [[a, tag, $date]],
     examples: [{text: 甲乙, date: '2023-01-01', expect: [[丙, tag, 2023-01-01]], reject: [[乙, tag, $event]]},
                {text: 甲乙, date: '2023-01-01', reject: [[乙, tag, 2023-01-01]]}]}
)", "ex.yaml");
  ASSERT_TRUE(rules.ok()) << rules.status().to_string();
  auto results = engine::run_examples(**rules);
  ASSERT_EQ(results.size(), 2u);
  EXPECT_FALSE(results[0].passed);
  EXPECT_EQ(results[0].missing, (std::vector<std::string>{"丙 tag 2023-01-01"}));
  EXPECT_TRUE(results[0].unwanted.empty());  // $event matches events only, 2023-01-01 is a date
  EXPECT_FALSE(results[1].passed);
  EXPECT_EQ(results[1].unwanted, (std::vector<std::string>{"乙 tag 2023-01-01"}));
  EXPECT_EQ(results[1].where, "ex.yaml:6:17");  // the text starts with a newline
}

}  // namespace
}  // namespace guanxi

// ---- anchors (a speed hint) and the literal trie -----------------------------------------

namespace guanxi {
namespace {

TEST(LiteralTrie, FindsEveryStartAndEveryEntryIncludingOverlaps) {
  engine::LiteralTrie trie({"市长", "副市长", "书记", "市委书记", "长"});
  const std::string text = "副市长韩一鸣和市委书记苏景和";
  std::vector<uint32_t> starts;
  trie.find_starts(text, &starts);
  // 副市长 at 0, 市长 at 3, 长 at 6, 市委书记 at 21, 书记 at 27 (bytes; 3 per character)
  EXPECT_EQ(starts, (std::vector<uint32_t>{0, 3, 6, 21, 27}));
  std::vector<int> ids;
  trie.find_all(text, &ids);
  std::multiset<int> got(ids.begin(), ids.end());
  EXPECT_EQ(got, (std::multiset<int>{1, 0, 4, 3, 2}));
  starts.clear();
  trie.find_starts("\xff\xfe市长", &starts);  // stray bytes are stepped over one at a time
  EXPECT_EQ(starts, (std::vector<uint32_t>{2, 5}));
}

const char* kAnchored = R"(
rules:
  - name: titled
    stage: entity
    anchor: {lexicon: titles, within: WITHIN}
    pattern: '(?P<titles>[^、，。的]{0,4}?(?:{titles}))(?P<persons>\p{Han}{2,3}?)(?={after})'
    captures: {titles: title, persons: {type: person, mode: anchored}}
    emit: [[persons, holds_title, titles]]
    examples:
      - text: 溪澄市副市长韩一鸣出席会议，北屿区委书记苏景和主持。
        expect: [[韩一鸣, holds_title, 溪澄市副市长], [苏景和, holds_title, 北屿区委书记]]
)";

std::string with_within(int within) {
  std::string s = kAnchored;
  s.replace(s.find("WITHIN"), 6, std::to_string(within));
  return s;
}

TEST(Anchor, AnchoredRuleFindsWhatTheUnanchoredPatternFinds) {
  auto anchored = load_ok(with_within(4));
  std::string plain_rules = with_within(4);
  plain_rules.erase(plain_rules.find("    anchor:"), plain_rules.find("    pattern:") - plain_rules.find("    anchor:"));
  auto plain = load_ok(plain_rules);
  ASSERT_TRUE(anchored && plain);
  const Article a = article("会上，溪澄市副市长韩一鸣、北屿区委书记苏景和出席。市长周望舒强调，要抓落实。");
  EXPECT_EQ(lines(run(*anchored, a)), lines(run(*plain, a)));
  EXPECT_TRUE(has(run(*anchored, a), "韩一鸣 holds_title 溪澄市副市长"));
  for (const auto& r : engine::run_examples(*anchored)) EXPECT_TRUE(r.passed) << r.where;
}

TEST(Anchor, AnAnchorThatMissesAMatchFailsTheExampleAndTheResultStaysRight) {
  // within: 1 cannot reach the start of 溪澄市副市长 (three characters before 副市长 or 市长).
  auto rules = load_ok(with_within(1));
  ASSERT_TRUE(rules);
  auto results = engine::run_examples(*rules);
  ASSERT_EQ(results.size(), 1u);
  EXPECT_FALSE(results[0].passed);
  ASSERT_FALSE(results[0].anchor_misses.empty());
  EXPECT_NE(results[0].anchor_misses[0].find("rule 'titled'"), std::string::npos) << results[0].anchor_misses[0];
  EXPECT_NE(results[0].anchor_misses[0].find("within: 1"), std::string::npos) << results[0].anchor_misses[0];
  EXPECT_TRUE(results[0].missing.empty());  // in the check, the unanchored result is used
}

TEST(Anchor, BadAnchorsAreRefusedWithFileLineAndRule) {
  for (const char* bad : {"anchor: {lexicon: nowhere, within: 3}", "anchor: {lexicon: titles, within: -1}",
                          "anchor: {lexicon: titles}", "anchor: titles", "anchor: {lexicon: titles, within: 2, x: 1}"}) {
    std::string text = std::string(kVocabulary) + with_within(4);
    const size_t at = text.find("anchor: {lexicon: titles, within: 4}");
    text.replace(at, std::string("anchor: {lexicon: titles, within: 4}").size(), bad);
    Status s = load_error(text);
    EXPECT_NE(s.to_string().find("bad.yaml:"), std::string::npos) << bad << ": " << s.to_string();
    EXPECT_NE(s.to_string().find("titled"), std::string::npos) << bad << ": " << s.to_string();
  }
}

TEST(Anchor, HostileTextWithAnchorsEverywhereStaysLinear) {
  auto rules = load_ok(with_within(4));
  ASSERT_TRUE(rules);
  std::string text;
  while (text.size() < (1u << 20)) text += "市长市长市长书记副市长";  // anchors everywhere, no name end
  auto t = run(*rules, article(text));
  EXPECT_LT(t.size(), 100000u);  // it finished: failed tries are capped per unit
}

}  // namespace
}  // namespace guanxi
