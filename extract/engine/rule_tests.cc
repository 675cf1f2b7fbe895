#include "extract/engine/rule_tests.h"

#include <algorithm>
#include <set>

#include "extract/engine/matcher.h"
#include "extract/engine/ruleset_impl.h"
#include "extract/normalize.h"
#include "extract/printed_labels.h"

namespace guanxi::engine {

namespace {

Article example_article(const Example& ex) {
  Article a;
  a.id = "example";
  a.doc = "example";
  // As the reader leaves a page: normalized text (traditional characters simplified, marks
  // made full-width), with the offset of each byte in the text as written.
  a.headline = normalize_text(ex.headline);
  a.lead = "本报讯";
  a.date = ex.date;
  append_normalized(ex.text, 0, a.text, a.origin);
  a.origin.push_back(static_cast<uint32_t>(ex.text.size()));
  for (const std::string& r : ex.reporters) a.reporters.push_back(Reporter{r, "记者", ""});
  a.editors = ex.editors;
  return a;
}

bool side_matches(const std::string& want, const Node& n) {
  if (want == "$event") return n.type == NodeType::kEvent;
  if (want == "$article") return n.type == NodeType::kArticle;
  return n.label == want;
}

bool produced(const std::array<std::string, 3>& want, const std::vector<Triple>& got) {
  return std::any_of(got.begin(), got.end(), [&](const Triple& t) {
    return t.predicate == want[1] && side_matches(want[0], t.subject) && side_matches(want[2], t.object);
  });
}

std::string show(const std::array<std::string, 3>& t) { return t[0] + " " + t[1] + " " + t[2]; }

}  // namespace

std::vector<ExampleResult> run_examples(const Ruleset& rules) {
  std::vector<ExampleResult> out;
  for (const Example& ex : rules.impl().examples) {
    ExampleResult r;
    r.where = ex.pos.to_string();
    r.rule = ex.rule;
    r.text = ex.headline.empty() ? ex.text : ex.headline + " | " + ex.text;
    Article a = example_article(ex);
    std::vector<std::string> anchor_misses;
    const TraceSink sink = [&](const TraceEvent& e) {
      if (e.what == "anchor" || e.what == "matcher") {
        anchor_misses.push_back(e.what + ": rule '" + e.rule + "' on '" + e.text + "': " + e.detail);
      }
    };
    std::vector<Triple> got = run_article(rules.impl(), a, ex.text, &sink, /*check_anchors=*/true);
    apply_printed_labels(a, ex.text, got);  // labels as printed, as extract() gives them
    for (const Triple& t : got) {
      r.produced.push_back(t.subject.label + " " + t.predicate + " " + t.object.label + "  [" + t.provenance.rule + "]");
    }
    for (const auto& want : ex.expect) {
      if (!produced(want, got)) r.missing.push_back(show(want));
    }
    for (const auto& bad : ex.reject) {
      if (produced(bad, got)) r.unwanted.push_back(show(bad));
    }
    r.anchor_misses = std::move(anchor_misses);
    r.passed = r.missing.empty() && r.unwanted.empty() && r.anchor_misses.empty();
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<LintFinding> lint(const Ruleset& rules) {
  const Ruleset::Impl& impl = rules.impl();
  std::vector<LintFinding> out;
  for (const auto& [name, lex] : impl.lexicons) {
    bool gives_aliases = false;  // entries with canonical= are used as aliases, not in patterns
    for (const auto& [entry, attrs] : lex.attributes) gives_aliases |= attrs.count("canonical") > 0;
    if (!impl.used_names.count(name) && !gives_aliases) {
      out.push_back({lex.pos.to_string(), "unused", "lexicon '" + name + "' is never referenced"});
    }
    if (lex.entries.empty()) {
      out.push_back({lex.pos.to_string(), "empty", "lexicon '" + name + "' has no entries: {" + name + "} can never match"});
    }
  }
  for (const auto& [name, f] : impl.fragments) {
    if (!impl.used_names.count(name)) {
      out.push_back({f.pos.to_string(), "unused", "fragment '" + name + "' is never referenced"});
    }
  }
  for (const auto& slow : impl.slow_patterns) {
    out.push_back({slow.pos.to_string(), "slow",
                   slow.owner + " runs on RE2, not on the lattice matcher: " + slow.why + " (docs/rules.md, \"Speed\")"});
  }
  // Which rules fire on some example.
  std::set<std::string> fired;
  for (const Example& ex : impl.examples) {
    TraceSink sink = [&](const TraceEvent& e) {
      if (e.what == "match" || e.what == "event" || e.what == "triple") fired.insert(e.rule);
    };
    run_article(impl, example_article(ex), ex.text, &sink);
  }
  for (size_t i = 0; i < impl.rules.size(); ++i) {
    const Rule& r = impl.rules[i];
    if (!fired.count(r.name) && !r.on_reporters && !r.on_editors) {
      out.push_back({r.pos.to_string(), "untested",
                     "rule '" + r.name + "' fires on no example: add one (it may never fire)"});
    }
    if (r.re && !r.program) {
      out.push_back({r.pos.to_string(), "slow",
                     "rule '" + r.name + "' runs on RE2, not on the lattice matcher: " + r.program_error +
                         " (docs/rules.md, \"Speed\")"});
    }
    if (r.re && r.re->Match("", 0, 0, RE2::UNANCHORED, nullptr, 0)) {
      out.push_back({r.pos.to_string(), "empty", "rule '" + r.name + "' matches the empty string"});
    }
    for (size_t j = 0; j < i; ++j) {
      const Rule& o = impl.rules[j];
      if (!r.re || !o.re || o.expanded != r.expanded || o.stage != r.stage) continue;
      if (!r.group.empty() && r.group == o.group) {
        const Rule& loser = (o.priority >= r.priority) ? r : o;
        const Rule& winner = (&loser == &r) ? o : r;
        out.push_back({loser.pos.to_string(), "shadowed",
                       "rule '" + loser.name + "' is shadowed by '" + winner.name +
                           "' (same group and pattern, never wins a conflict)"});
      } else {
        out.push_back({r.pos.to_string(), "duplicate",
                       "rule '" + r.name + "' has the same pattern as '" + o.name + "'"});
      }
    }
  }
  return out;
}

}  // namespace guanxi::engine
