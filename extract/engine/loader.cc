// The YAML loader of the rule language (docs/rules.md). yaml-cpp stays in this file: its
// exceptions are caught here and become InvalidArgument with file, line, column and rule.
#include "extract/engine/loader.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/hash.h"
#include "extract/engine/pattern.h"
#include "extract/engine/ruleset_impl.h"

namespace guanxi::engine {

namespace fs = std::filesystem;

std::string SourcePos::to_string() const {
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

const char* stage_name(Stage stage) {
  switch (stage) {
    case Stage::kEntity: return "entity";
    case Stage::kEvent: return "event";
    case Stage::kRelation: return "relation";
  }
  return "?";
}

const std::vector<std::string>& schema_predicates() {
  static const std::vector<std::string> kPredicates = {
      "attended", "chaired", "met", "inspected", "started", "signed_with", "holds_title",
      "reported", "held_on"};
  return kPredicates;
}

const CaptureSpec* Rule::capture(const std::string& capture_name) const {
  for (const CaptureSpec& c : captures) {
    if (c.name == capture_name) return &c;
  }
  return nullptr;
}

namespace {

struct Input {
  std::string path;  // as given (for messages)
  std::string text;
  YAML::Node root;
};

// An error at a YAML node of a file, optionally inside a rule.
class Errors {
 public:
  static Status at(const std::string& file, const YAML::Node& node, const std::string& rule_name,
                   const std::string& what) {
    return at(position(file, node), rule_name, what);
  }
  static Status at(const SourcePos& pos, const std::string& rule_name, const std::string& what) {
    std::string m = pos.to_string() + ": ";
    if (!rule_name.empty()) m += "rule '" + rule_name + "': ";
    return Status::InvalidArgument(m + what);
  }
  static SourcePos position(const std::string& file, const YAML::Node& node) {
    SourcePos pos;
    pos.file = file;
    if (node.IsDefined()) {
      YAML::Mark m = node.Mark();
      pos.line = m.line + 1;
      pos.column = m.column + 1;
    }
    return pos;
  }
};

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) return Status::IOError("cannot read " + path);
  return s.str();
}

std::string trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

// Scalar conversions that report the node's position instead of throwing.
Result<std::string> scalar(const std::string& file, const YAML::Node& n, const std::string& rule,
                           const std::string& what) {
  if (!n.IsScalar()) return Errors::at(file, n, rule, what + " must be a string");
  return n.Scalar();
}
Result<int> integer(const std::string& file, const YAML::Node& n, const std::string& rule,
                    const std::string& what) {
  if (!n.IsScalar()) return Errors::at(file, n, rule, what + " must be an integer");
  try {
    size_t used = 0;
    int v = std::stoi(n.Scalar(), &used);
    if (used != n.Scalar().size()) throw std::invalid_argument("trailing");
    return v;
  } catch (const std::exception&) {
    return Errors::at(file, n, rule, what + " must be an integer, not '" + n.Scalar() + "'");
  }
}
Result<bool> boolean(const std::string& file, const YAML::Node& n, const std::string& rule,
                     const std::string& what) {
  if (n.IsScalar()) {
    const std::string& s = n.Scalar();
    if (s == "true" || s == "yes" || s == "on") return true;
    if (s == "false" || s == "no" || s == "off") return false;
  }
  return Errors::at(file, n, rule, what + " must be true or false");
}
Result<std::vector<std::string>> strings(const std::string& file, const YAML::Node& n,
                                         const std::string& rule, const std::string& what) {
  std::vector<std::string> out;
  if (n.IsScalar()) {
    out.push_back(n.Scalar());
    return out;
  }
  if (!n.IsSequence()) return Errors::at(file, n, rule, what + " must be a string or a list");
  for (const YAML::Node& item : n) {
    GUANXI_ASSIGN_OR_RETURN(std::string s, scalar(file, item, rule, what + " item"));
    out.push_back(std::move(s));
  }
  return out;
}

Status check_keys(const std::string& file, const YAML::Node& map, const std::string& rule,
                  std::initializer_list<const char*> allowed, const std::string& what) {
  if (!map.IsMap()) return Errors::at(file, map, rule, what + " must be a mapping");
  for (const auto& kv : map) {
    const std::string key = kv.first.Scalar();
    if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; })) {
      std::string list;
      for (const char* a : allowed) list += std::string(list.empty() ? "" : ", ") + a;
      return Errors::at(file, kv.first, rule, "unknown key '" + key + "' in " + what + " (known: " + list + ")");
    }
  }
  return Status::Ok();
}

RE2::Options regex_options() {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_max_mem(64 << 20);
  return o;
}

bool valid_ident(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return !(s[0] >= '0' && s[0] <= '9');
}

class Loader {
 public:
  explicit Loader(Ruleset::Impl* impl) : impl_(impl) {
    const char* matcher = std::getenv("GUANXI_MATCHER");
    impl_->re2_only = matcher != nullptr && std::string_view(matcher) == "re2";
  }

  Status add_text(std::string path, std::string text) {
    Input in;
    in.path = std::move(path);
    in.text = std::move(text);
    try {
      in.root = YAML::Load(in.text);
    } catch (const YAML::Exception& e) {
      SourcePos pos{in.path, e.mark.line + 1, e.mark.column + 1};
      return Errors::at(pos, "", "bad YAML: " + e.msg);
    }
    hash_input_ += in.path + '\0' + in.text + '\0';
    impl_->files.push_back(in.path);
    inputs_.push_back(std::move(in));
    return Status::Ok();
  }

  Status build() {
    try {
      return build_inner();
    } catch (const YAML::Exception& e) {
      // A yaml-cpp conversion we did not foresee: still report where.
      SourcePos pos{inputs_.empty() ? "" : inputs_.back().path, e.mark.line + 1, e.mark.column + 1};
      return Errors::at(pos, current_rule_, e.msg);
    }
  }

 private:
  Status build_inner() {
    for (const std::string& p : schema_predicates()) impl_->predicates.push_back(p);
    for (Input& in : inputs_) {
      if (in.root.IsNull()) continue;
      if (!in.root.IsMap()) return Errors::at(in.path, in.root, "", "a rule file must be a mapping");
      GUANXI_RETURN_IF_ERROR(check_keys(in.path, in.root, "",
                                        {"version", "description", "lexicons", "fragments", "names",
                                         "predicates", "rules", "inference", "examples"},
                                        "a rule file"));
      if (in.root["predicates"]) {
        GUANXI_ASSIGN_OR_RETURN(auto preds, strings(in.path, in.root["predicates"], "", "predicates"));
        for (auto& p : preds) impl_->predicates.push_back(p);
      }
      GUANXI_RETURN_IF_ERROR(load_lexicons(in));
    }
    for (Input& in : inputs_) GUANXI_RETURN_IF_ERROR(load_fragments(in));
    GUANXI_RETURN_IF_ERROR(expand_fragments());
    for (Input& in : inputs_) GUANXI_RETURN_IF_ERROR(load_names(in));
    for (Input& in : inputs_) {
      GUANXI_RETURN_IF_ERROR(load_rules(in));
      GUANXI_RETURN_IF_ERROR(load_inference(in));
      if (in.root.IsMap() && in.root["examples"]) {
        GUANXI_RETURN_IF_ERROR(load_examples(in.path, in.root["examples"], ""));
      }
    }
    build_name_tables();
    build_prefilter();
    impl_->hash = content_hash(hash_input_);
    return Status::Ok();
  }

  // ---- lexicons -------------------------------------------------------------------------

  Status read_lexicon_file(const Input& in, const YAML::Node& at, const std::string& rel,
                           const std::map<std::string, std::string>& where, Lexicon* lex) {
    fs::path path = fs::path(in.path).parent_path() / rel;
    Result<std::string> text = read_file(path.string());
    if (!text.ok()) {
      return Errors::at(in.path, at, "", "lexicon '" + lex->name + "': " + text.status().message());
    }
    hash_input_ += path.string() + '\0' + *text + '\0';
    std::istringstream lines(*text);
    std::string line;
    while (std::getline(lines, line)) {
      size_t hash = line.find('#');
      if (hash != std::string::npos) line.resize(hash);
      std::vector<std::string> fields;
      size_t start = 0;
      while (true) {
        size_t tab = line.find('\t', start);
        fields.push_back(trim(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
        if (tab == std::string::npos) break;
        start = tab + 1;
      }
      if (fields.empty() || fields[0].empty()) continue;
      std::map<std::string, std::string> attrs;
      for (size_t i = 1; i < fields.size(); ++i) {
        size_t eq = fields[i].find('=');
        if (fields[i].empty()) continue;
        if (eq == std::string::npos) attrs[fields[i]] = "1";
        else attrs[fields[i].substr(0, eq)] = fields[i].substr(eq + 1);
      }
      bool keep = true;
      for (const auto& [k, v] : where) {
        auto it = attrs.find(k);
        if (it == attrs.end() || it->second != v) keep = false;
      }
      if (keep) add_entry(lex, fields[0], std::move(attrs));
    }
    return Status::Ok();
  }

  // drop_longer: keep only entries that do not end with another entry ("市委书记" goes when
  // "书记" is there). For a lexicon matched after a free prefix, the result matches the same
  // text with a much smaller automaton.
  static void drop_longer_entries(Lexicon* lex) {
    std::unordered_set<std::string> all(lex->entries.begin(), lex->entries.end());
    std::vector<std::string> kept;
    for (const std::string& e : lex->entries) {
      bool longer = false;
      for (size_t i = 1; i < e.size() && !longer; ++i) {
        if ((static_cast<unsigned char>(e[i]) & 0xC0) != 0x80 && all.count(e.substr(i))) longer = true;
      }
      if (longer) lex->attributes.erase(e);
      else kept.push_back(e);
    }
    lex->entries = std::move(kept);
  }

  static void add_entry(Lexicon* lex, const std::string& entry, std::map<std::string, std::string> attrs) {
    auto [it, fresh] = lex->attributes.emplace(entry, std::move(attrs));
    if (fresh) lex->entries.push_back(entry);
  }

  Status load_lexicons(const Input& in) {
    const YAML::Node node = in.root["lexicons"];
    if (!node) return Status::Ok();
    if (!node.IsMap()) return Errors::at(in.path, node, "", "lexicons must be a mapping name -> entries");
    for (const auto& kv : node) {
      Lexicon lex;
      lex.name = kv.first.Scalar();
      lex.pos = Errors::position(in.path, kv.first);
      if (!valid_ident(lex.name)) return Errors::at(lex.pos, "", "bad lexicon name '" + lex.name + "'");
      if (impl_->lexicons.count(lex.name)) {
        return Errors::at(lex.pos, "", "lexicon '" + lex.name + "' is defined twice (first at " +
                                           impl_->lexicons[lex.name].pos.to_string() + ")");
      }
      const YAML::Node& body = kv.second;
      if (body.IsSequence()) {
        GUANXI_ASSIGN_OR_RETURN(auto entries, strings(in.path, body, "", "lexicon entries"));
        for (auto& e : entries) {
          std::string t = trim(e);
          if (!t.empty()) add_entry(&lex, t, {});
        }
      } else if (body.IsMap()) {
        GUANXI_RETURN_IF_ERROR(check_keys(in.path, body, "", {"file", "files", "entries", "where", "drop_longer"},
                                          "lexicon '" + lex.name + "'"));
        std::map<std::string, std::string> where;
        if (body["where"]) {
          if (!body["where"].IsMap()) return Errors::at(in.path, body["where"], "", "where must be a mapping");
          for (const auto& w : body["where"]) where[w.first.Scalar()] = w.second.Scalar();
        }
        std::vector<std::string> files;
        if (body["file"]) {
          GUANXI_ASSIGN_OR_RETURN(files, strings(in.path, body["file"], "", "file"));
        }
        if (body["files"]) {
          GUANXI_ASSIGN_OR_RETURN(auto more, strings(in.path, body["files"], "", "files"));
          files.insert(files.end(), more.begin(), more.end());
        }
        for (const std::string& f : files) {
          GUANXI_RETURN_IF_ERROR(read_lexicon_file(in, body["file"] ? body["file"] : body["files"], f, where, &lex));
        }
        if (body["entries"]) {
          GUANXI_ASSIGN_OR_RETURN(auto entries, strings(in.path, body["entries"], "", "entries"));
          for (auto& e : entries) {
            std::string t = trim(e);
            if (!t.empty()) add_entry(&lex, t, {});
          }
        }
        if (body["drop_longer"]) {
          GUANXI_ASSIGN_OR_RETURN(bool drop, boolean(in.path, body["drop_longer"], "", "drop_longer"));
          if (drop) drop_longer_entries(&lex);
        }
      } else {
        return Errors::at(in.path, body, "", "lexicon '" + lex.name + "' must be a list or {file: ...}");
      }
      lex.alternation = lexicon_alternation(lex.entries);
      for (const auto& [entry, attrs] : lex.attributes) {
        auto it = attrs.find("canonical");
        if (it != attrs.end() && !it->second.empty()) impl_->aliases[entry] = it->second;
      }
      impl_->lexicons.emplace(lex.name, std::move(lex));
    }
    return Status::Ok();
  }

  // ---- fragments ------------------------------------------------------------------------

  Status load_fragments(const Input& in) {
    if (!in.root.IsMap()) return Status::Ok();
    const YAML::Node node = in.root["fragments"];
    if (!node) return Status::Ok();
    if (!node.IsMap()) return Errors::at(in.path, node, "", "fragments must be a mapping name -> pattern");
    for (const auto& kv : node) {
      Fragment f;
      f.name = kv.first.Scalar();
      f.pos = Errors::position(in.path, kv.first);
      if (!valid_ident(f.name)) return Errors::at(f.pos, "", "bad fragment name '" + f.name + "'");
      if (impl_->fragments.count(f.name) || impl_->lexicons.count(f.name)) {
        return Errors::at(f.pos, "", "'" + f.name + "' is defined twice (lexicon or fragment)");
      }
      GUANXI_ASSIGN_OR_RETURN(f.source, scalar(in.path, kv.second, "", "fragment '" + f.name + "'"));
      impl_->fragments.emplace(f.name, std::move(f));
    }
    return Status::Ok();
  }

  // Fragments may use each other; expanded in passes (no recursion), a cycle is an error.
  Status expand_fragments() {
    std::unordered_set<std::string> done;
    for (size_t pass = 0; done.size() < impl_->fragments.size(); ++pass) {
      size_t before = done.size();
      for (auto& [name, f] : impl_->fragments) {
        if (done.count(name)) continue;
        bool ready = true;
        for (const std::string& ref : pattern_references(f.source)) {
          if (impl_->fragments.count(ref) && !done.count(ref)) ready = false;
        }
        if (!ready) continue;
        GUANXI_RETURN_IF_ERROR(expand(f.source, f.pos, "", &f.expanded));
        if (auto err = expand_keeping_lexicons(f.source, &f.kept)) return Errors::at(f.pos, "", *err);
        RE2 check(f.expanded, regex_options());
        if (!check.ok()) {
          return Errors::at(f.pos, "", "fragment '" + name + "': bad pattern: " + check.error() +
                                           " (at '" + check.error_arg() + "')");
        }
        done.insert(name);
      }
      if (done.size() == before) {
        for (auto& [name, f] : impl_->fragments) {
          if (!done.count(name)) return Errors::at(f.pos, "", "fragment '" + name + "' refers to itself (a cycle)");
        }
      }
    }
    return Status::Ok();
  }

  Status expand(const std::string& source, const SourcePos& pos, const std::string& rule, std::string* out) {
    auto resolve = [&](const std::string& name) -> std::optional<std::string> {
      if (auto it = impl_->lexicons.find(name); it != impl_->lexicons.end()) {
        impl_->used_names.insert(name);
        return it->second.alternation;
      }
      if (auto it = impl_->fragments.find(name); it != impl_->fragments.end()) {
        impl_->used_names.insert(name);
        return it->second.expanded;
      }
      return std::nullopt;
    };
    if (auto err = expand_references(source, resolve, out)) return Errors::at(pos, rule, *err);
    return Status::Ok();
  }

  // The trie of a lexicon, built on first use and shared.
  const LiteralTrie* lexicon_trie(const Lexicon& lex) {
    auto& trie = impl_->lexicon_tries[lex.name];
    if (!trie) trie = std::make_unique<LiteralTrie>(lex.entries);
    return trie.get();
  }

  // Lexicons as compile_program sees them: entries and trie (built on first use).
  LexiconLookup lexicon_lookup() {
    return [this](const std::string& name) -> std::optional<LexiconRef> {
      auto it = impl_->lexicons.find(name);
      if (it == impl_->lexicons.end()) return std::nullopt;
      return LexiconRef{&it->second.entries, lexicon_trie(it->second)};
    };
  }

  // `source` with fragments expanded and lexicon references kept, for compile_program
  // (the fragments it names are expanded already: expand_fragments goes in dependency order).
  std::optional<std::string> expand_keeping_lexicons(const std::string& source, std::string* out) {
    auto resolve = [&](const std::string& n) -> std::optional<std::string> {
      if (impl_->lexicons.count(n)) return "{" + n + "}";
      auto f = impl_->fragments.find(n);
      if (f == impl_->fragments.end()) return std::nullopt;
      return f->second.kept;
    };
    return expand_references(source, resolve, out);
  }

  // Compiles the rule's pattern for the lattice matcher; when it cannot, the rule keeps RE2
  // and `program_error` says why. The program must number its groups as RE2 does.
  void compile_for_lattice(Rule* rule) {
    std::string source;
    if (auto err = expand_keeping_lexicons(rule->pattern, &source)) {
      rule->program_error = *err;
      return;
    }
    rewrite_trailing_lookahead(&source);
    const LexiconLookup lookup = lexicon_lookup();
    auto prog = std::make_unique<Program>();
    if (auto err = compile_program(source, lookup, prog.get())) {
      rule->program_error = *err;
      return;
    }
    bool same = prog->groups == rule->groups;
    for (const auto& [name, index] : rule->re->NamedCapturingGroups()) {
      same = same && index < static_cast<int>(prog->group_names.size()) && prog->group_names[index] == name;
    }
    if (!same) {
      rule->program_error = "its groups are not numbered as RE2 numbers them";
      return;
    }
    rule->program = std::move(prog);
  }

  // A pattern for CompiledPattern: RE2 as written and anchored at the end, and the same two
  // for the lattice matcher when it can run them (else `lint` says so).
  Status compile_pattern(const std::string& file, const YAML::Node& at, const std::string& owner,
                         const std::string& source, CompiledPattern* out) {
    std::string expanded;
    GUANXI_ASSIGN_OR_RETURN(out->re, compile(file, at, owner, source, &expanded));
    out->re_at_end = std::make_unique<RE2>("(?:" + expanded + ")$", regex_options());
    out->re2_only = impl_->re2_only;
    std::string kept;
    std::string why;
    if (auto err = expand_keeping_lexicons(source, &kept)) {
      why = *err;
    } else {
      const LexiconLookup lookup = lexicon_lookup();
      out->program = std::make_unique<Program>();
      out->program_at_end = std::make_unique<Program>();
      auto failed = compile_program(kept, lookup, out->program.get());
      if (!failed) failed = compile_program("(?:" + kept + ")$", lookup, out->program_at_end.get());
      if (failed) {
        why = *failed;
        out->program.reset();
        out->program_at_end.reset();
      }
    }
    if (!why.empty()) impl_->slow_patterns.push_back({Errors::position(file, at), owner, why});
    return Status::Ok();
  }

  Result<std::unique_ptr<RE2>> compile(const std::string& file, const YAML::Node& at, const std::string& rule,
                                       const std::string& source, std::string* expanded) {
    GUANXI_RETURN_IF_ERROR(expand(source, Errors::position(file, at), rule, expanded));
    auto re = std::make_unique<RE2>(*expanded, regex_options());
    if (!re->ok()) {
      return Errors::at(file, at, rule, "bad pattern: " + re->error() + " (at '" + re->error_arg() + "')");
    }
    return re;
  }

  // ---- names ----------------------------------------------------------------------------

  Status load_names(const Input& in) {
    if (!in.root.IsMap() || !in.root["names"]) return Status::Ok();
    const YAML::Node n = in.root["names"];
    GUANXI_RETURN_IF_ERROR(check_keys(in.path, n, "",
                                      {"surnames", "strip_prefix", "strip_suffix", "reject", "group_label",
                                       "foreign", "syllables", "separators", "weak_separators"},
                                      "names"));
    if (names_defined_) return Errors::at(in.path, n, "", "names: is defined twice (once per rule set)");
    names_defined_ = true;
    NameSettings& s = impl_->names;
    if (n["surnames"]) {
      GUANXI_ASSIGN_OR_RETURN(s.surnames, scalar(in.path, n["surnames"], "", "names.surnames"));
      if (!impl_->lexicons.count(s.surnames)) {
        return Errors::at(in.path, n["surnames"], "", "names.surnames: unknown lexicon '" + s.surnames + "'");
      }
      impl_->used_names.insert(s.surnames);
    }
    auto regex = [&](const char* key, CompiledPattern* out) -> Status {
      if (!n[key]) return Status::Ok();
      GUANXI_ASSIGN_OR_RETURN(std::string src, scalar(in.path, n[key], "", std::string("names.") + key));
      return compile_pattern(in.path, n[key], std::string("names.") + key, src, out);
    };
    GUANXI_RETURN_IF_ERROR(regex("strip_prefix", &s.strip_prefix));
    GUANXI_RETURN_IF_ERROR(regex("strip_suffix", &s.strip_suffix));
    GUANXI_RETURN_IF_ERROR(regex("reject", &s.reject));
    GUANXI_RETURN_IF_ERROR(regex("group_label", &s.group_label));
    GUANXI_RETURN_IF_ERROR(regex("foreign", &s.foreign));
    GUANXI_RETURN_IF_ERROR(regex("syllables", &s.syllables));
    if (n["separators"]) {
      GUANXI_ASSIGN_OR_RETURN(s.separators, scalar(in.path, n["separators"], "", "names.separators"));
    }
    if (n["weak_separators"]) {
      GUANXI_ASSIGN_OR_RETURN(s.weak_separators, strings(in.path, n["weak_separators"], "", "names.weak_separators"));
    }
    return Status::Ok();
  }

  void build_name_tables() {
    auto it = impl_->lexicons.find(impl_->names.surnames);
    if (it == impl_->lexicons.end()) return;
    for (const std::string& e : it->second.entries) {
      impl_->surnames.insert(e);
      const auto& attrs = it->second.attributes.at(e);
      if (auto r = attrs.find("risky"); r != attrs.end() && r->second == "1") impl_->risky_surnames.insert(e);
    }
  }

  // ---- rules ----------------------------------------------------------------------------

  bool known_predicate(const std::string& p) const {
    return std::find(impl_->predicates.begin(), impl_->predicates.end(), p) != impl_->predicates.end();
  }

  Result<Term> parse_term(const std::string& file, const YAML::Node& n, const Rule& rule) {
    GUANXI_ASSIGN_OR_RETURN(std::string s, scalar(file, n, rule.name, "a side of an emitted triple"));
    Term t;
    if (s == "$event") t.kind = Term::Kind::kEvent;
    else if (s == "$event?") {
      t.kind = Term::Kind::kEvent;
      t.named_only = true;
    }
    else if (s == "$events") t.kind = Term::Kind::kAllEvents;
    else if (s.starts_with("$events(") && s.ends_with(")") && s.size() > 9) {
      t.kind = Term::Kind::kAllEvents;
      t.event_filter = s.substr(8, s.size() - 9);
    }
    else if (s.starts_with("$event(") && s.ends_with(")") && s.size() > 8) {
      t.kind = Term::Kind::kEvent;
      t.event_filter = s.substr(7, s.size() - 8);
    }
    else if (s == "$article") t.kind = Term::Kind::kArticle;
    else if (s == "$date") t.kind = Term::Kind::kDate;
    else if (s == "$when") t.kind = Term::Kind::kWhen;
    else if (s == "$host") t.kind = Term::Kind::kHost;
    else if (s == "$reporter") {
      if (!rule.on_reporters) return Errors::at(file, n, rule.name, "$reporter needs scope: reporters");
      t.kind = Term::Kind::kReporter;
    } else if (s == "$editor") {
      if (!rule.on_editors) return Errors::at(file, n, rule.name, "$editor needs scope: editors");
      t.kind = Term::Kind::kReporter;  // the credited person of the run
    } else if (!s.empty() && s[0] == '$') {
      return Errors::at(file, n, rule.name, "unknown context '" + s + "' (known: $event, $event?, $event(WORD), $events, $events(WORD), $article, $date, $when, $host, $reporter, $editor)");
    } else {
      t.kind = Term::Kind::kCapture;
      size_t dot = s.find('.');
      t.capture = s.substr(0, dot);
      if (dot != std::string::npos) {
        std::string part = s.substr(dot + 1);
        if (part == "left") t.part = 1;
        else if (part == "right") t.part = 2;
        else return Errors::at(file, n, rule.name, "unknown part '." + part + "' (known: .left, .right)");
      }
      if (!rule.capture(t.capture)) {
        return Errors::at(file, n, rule.name, "unknown capture '" + t.capture + "' (not a (?P<name>...) of the pattern)");
      }
      if (t.part != 0 && rule.capture(t.capture)->pair.empty()) {
        return Errors::at(file, n, rule.name, "capture '" + t.capture + "' has no pair: separator for ." +
                                                  (t.part == 1 ? "left" : "right"));
      }
    }
    return t;
  }

  Status load_rules(const Input& in) {
    if (!in.root.IsMap() || !in.root["rules"]) return Status::Ok();
    const YAML::Node rules = in.root["rules"];
    if (!rules.IsSequence()) return Errors::at(in.path, rules, "", "rules must be a list");
    for (const YAML::Node& r : rules) GUANXI_RETURN_IF_ERROR(load_rule(in.path, r));
    return Status::Ok();
  }

  Status load_rule(const std::string& file, const YAML::Node& r) {
    Rule rule;
    rule.pos = Errors::position(file, r);
    if (!r.IsMap()) return Errors::at(file, r, "", "a rule must be a mapping");
    if (!r["name"]) return Errors::at(file, r, "", "a rule needs a name");
    GUANXI_ASSIGN_OR_RETURN(rule.name, scalar(file, r["name"], "", "name"));
    current_rule_ = rule.name;
    GUANXI_RETURN_IF_ERROR(check_keys(file, r, rule.name,
                                      {"name", "description", "stage", "priority", "group", "scope", "pattern",
                                       "unless", "unless_before", "unless_after", "anchor", "captures", "event", "event_label",
                                       "if_no_event", "unless_event", "new_event", "refer_back", "each_new_event", "emit", "examples"},
                                      "a rule"));
    for (const Rule& other : impl_->rules) {
      if (other.name == rule.name) {
        return Errors::at(rule.pos, rule.name, "duplicate rule name (first at " + other.pos.to_string() + ")");
      }
    }
    if (r["stage"]) {
      GUANXI_ASSIGN_OR_RETURN(std::string st, scalar(file, r["stage"], rule.name, "stage"));
      if (st == "entity") rule.stage = Stage::kEntity;
      else if (st == "event") rule.stage = Stage::kEvent;
      else if (st == "relation") rule.stage = Stage::kRelation;
      else return Errors::at(file, r["stage"], rule.name, "unknown stage '" + st + "' (entity, event, relation)");
    }
    if (r["priority"]) { GUANXI_ASSIGN_OR_RETURN(rule.priority, integer(file, r["priority"], rule.name, "priority")); }
    if (r["group"]) { GUANXI_ASSIGN_OR_RETURN(rule.group, scalar(file, r["group"], rule.name, "group")); }
    if (r["scope"]) {
      GUANXI_ASSIGN_OR_RETURN(auto scopes, strings(file, r["scope"], rule.name, "scope"));
      rule.on_body = false;
      for (const std::string& s : scopes) {
        if (s == "headline") rule.on_headline = true;
        else if (s == "body") rule.on_body = true;
        else if (s == "reporters") rule.on_reporters = true;
        else if (s == "editors") rule.on_editors = true;
        else return Errors::at(file, r["scope"], rule.name, "unknown scope '" + s + "' (headline, body, reporters, editors)");
      }
      if ((rule.on_reporters || rule.on_editors) && (rule.on_body || rule.on_headline || (rule.on_reporters && rule.on_editors))) {
        return Errors::at(file, r["scope"], rule.name, "scope reporters or editors cannot be combined with another scope");
      }
    }
    if (rule.on_reporters || rule.on_editors) {
      if (r["pattern"]) return Errors::at(file, r["pattern"], rule.name, "a reporters or editors rule has no pattern");
    } else {
      if (!r["pattern"]) return Errors::at(file, r, rule.name, "a rule needs a pattern");
      GUANXI_ASSIGN_OR_RETURN(rule.pattern, scalar(file, r["pattern"], rule.name, "pattern"));
      std::string expanded;
      GUANXI_RETURN_IF_ERROR(expand(rule.pattern, Errors::position(file, r["pattern"]), rule.name, &expanded));
      rewrite_trailing_lookahead(&expanded);
      rule.expanded = expanded;
      rule.re = std::make_unique<RE2>(rule.expanded, regex_options());
      if (!rule.re->ok()) {
        std::string hint = rule.re->error_code() == RE2::ErrorBadPerlOp
                               ? " (lookahead (?=...) is allowed only at the very end of a pattern)"
                               : "";
        return Errors::at(file, r["pattern"], rule.name,
                          "bad pattern: " + rule.re->error() + " (at '" + rule.re->error_arg() + "')" + hint);
      }
      rule.groups = rule.re->NumberOfCapturingGroups();
      for (const auto& [name, index] : rule.re->NamedCapturingGroups()) {
        if (name == "__ahead") {
          rule.ahead_group = index;
          continue;
        }
        CaptureSpec c;
        c.name = name;
        c.group = index;
        rule.captures.push_back(c);
      }
      compile_for_lattice(&rule);
    }
    if (r["captures"]) {
      const YAML::Node caps = r["captures"];
      if (!caps.IsMap()) return Errors::at(file, caps, rule.name, "captures must be a mapping");
      for (const auto& kv : caps) {
        std::string name = kv.first.Scalar();
        CaptureSpec* c = nullptr;
        for (CaptureSpec& x : rule.captures) {
          if (x.name == name) c = &x;
        }
        if (!c) return Errors::at(file, kv.first, rule.name, "unknown capture '" + name + "' (not in the pattern)");
        GUANXI_RETURN_IF_ERROR(parse_capture(file, kv.second, rule.name, c));
      }
    }
    if (r["unless"]) {
      GUANXI_ASSIGN_OR_RETURN(auto cues, strings(file, r["unless"], rule.name, "unless"));
      for (const std::string& cue : cues) {
        rule.unless.emplace_back();
        GUANXI_RETURN_IF_ERROR(compile_pattern(file, r["unless"], rule.name, cue, &rule.unless.back()));
        rule.unless_source.push_back(cue);
      }
      if (cues.size() > 1) {  // one search for all cues; each cue is searched only to name it
        std::string any;
        for (const std::string& cue : cues) any += (any.empty() ? "(?:" : "|(?:") + cue + ")";
        GUANXI_RETURN_IF_ERROR(compile_pattern(file, r["unless"], rule.name, any, &rule.unless_any));
      }
    }
    if (r["unless_before"]) {
      GUANXI_ASSIGN_OR_RETURN(rule.unless_before, integer(file, r["unless_before"], rule.name, "unless_before"));
    }
    if (r["unless_after"]) {
      GUANXI_ASSIGN_OR_RETURN(rule.unless_after, integer(file, r["unless_after"], rule.name, "unless_after"));
    }
    if (r["anchor"]) GUANXI_RETURN_IF_ERROR(parse_anchor(file, r["anchor"], &rule));
    if (r["event"] || r["event_label"]) {
      if (rule.stage != Stage::kEvent) {
        return Errors::at(file, r["event"] ? r["event"] : r["event_label"], rule.name, "event: needs stage: event");
      }
      if (r["event"]) {
        GUANXI_ASSIGN_OR_RETURN(rule.event_capture, scalar(file, r["event"], rule.name, "event"));
        if (!rule.capture(rule.event_capture)) {
          return Errors::at(file, r["event"], rule.name, "unknown capture '" + rule.event_capture + "'");
        }
        const_cast<CaptureSpec*>(rule.capture(rule.event_capture))->type = NodeType::kEvent;
      }
      if (r["event_label"]) {
        GUANXI_ASSIGN_OR_RETURN(rule.event_label, scalar(file, r["event_label"], rule.name, "event_label"));
      }
    } else if (rule.stage == Stage::kEvent) {
      return Errors::at(file, r, rule.name, "an event rule needs event: CAPTURE or event_label: TEXT");
    }
    if (r["if_no_event"]) { GUANXI_ASSIGN_OR_RETURN(rule.event_if_none, boolean(file, r["if_no_event"], rule.name, "if_no_event")); }
    if (r["unless_event"]) {
      GUANXI_ASSIGN_OR_RETURN(rule.unless_event, strings(file, r["unless_event"], rule.name, "unless_event"));
      if (rule.stage != Stage::kEvent) {
        return Errors::at(file, r["unless_event"], rule.name, "unless_event is for event rules (stage: event)");
      }
    }
    if (r["new_event"]) { GUANXI_ASSIGN_OR_RETURN(rule.event_new, boolean(file, r["new_event"], rule.name, "new_event")); }
    if (r["refer_back"]) {
      GUANXI_ASSIGN_OR_RETURN(rule.refer_back, strings(file, r["refer_back"], rule.name, "refer_back"));
      if (rule.stage != Stage::kEvent) {
        return Errors::at(file, r["refer_back"], rule.name, "refer_back is for event rules (stage: event)");
      }
    }
    if (r["each_new_event"]) {
      const YAML::Node each = r["each_new_event"];
      if (!each.IsMap()) return Errors::at(file, each, rule.name, "each_new_event must be {capture: CAPTURE, label: TEXT}");
      GUANXI_RETURN_IF_ERROR(check_keys(file, each, rule.name, {"capture", "label"}, "each_new_event"));
      if (!each["capture"] || !each["label"]) {
        return Errors::at(file, each, rule.name, "each_new_event needs capture and label");
      }
      GUANXI_ASSIGN_OR_RETURN(rule.each_capture, scalar(file, each["capture"], rule.name, "each_new_event capture"));
      GUANXI_ASSIGN_OR_RETURN(rule.each_label, scalar(file, each["label"], rule.name, "each_new_event label"));
      const CaptureSpec* c = rule.capture(rule.each_capture);
      if (!c) return Errors::at(file, each["capture"], rule.name, "unknown capture '" + rule.each_capture + "'");
      if (!c->list) {
        return Errors::at(file, each["capture"], rule.name, "each_new_event capture '" + rule.each_capture + "' must be list: true");
      }
      if (rule.each_label.empty()) return Errors::at(file, each["label"], rule.name, "each_new_event label is empty");
      if (rule.stage == Stage::kEvent) {
        return Errors::at(file, each, rule.name, "each_new_event is for relation rules (an event rule names one event)");
      }
    }
    if (r["emit"]) {
      const YAML::Node emits = r["emit"];
      if (!emits.IsSequence()) return Errors::at(file, emits, rule.name, "emit must be a list of [subject, predicate, object]");
      for (const YAML::Node& e : emits) {
        YAML::Node s, p, o;
        if (e.IsSequence() && e.size() == 3) {
          s = e[0]; p = e[1]; o = e[2];
        } else if (e.IsMap()) {
          GUANXI_RETURN_IF_ERROR(check_keys(file, e, rule.name, {"subject", "predicate", "object"}, "emit"));
          s = e["subject"]; p = e["predicate"]; o = e["object"];
          if (!s || !p || !o) return Errors::at(file, e, rule.name, "emit needs subject, predicate and object");
        } else {
          return Errors::at(file, e, rule.name, "emit item must be [subject, predicate, object]");
        }
        Emit em;
        GUANXI_ASSIGN_OR_RETURN(em.subject, parse_term(file, s, rule));
        GUANXI_ASSIGN_OR_RETURN(em.object, parse_term(file, o, rule));
        GUANXI_ASSIGN_OR_RETURN(em.predicate, scalar(file, p, rule.name, "predicate"));
        if (!known_predicate(em.predicate)) {
          return Errors::at(file, p, rule.name, "unknown predicate '" + em.predicate +
                                                    "' (declare it under predicates: to add one)");
        }
        rule.emits.push_back(std::move(em));
      }
    }
    if (rule.emits.empty() && rule.stage != Stage::kEvent && rule.stage != Stage::kEntity) {
      return Errors::at(file, r, rule.name, "a relation rule needs emit:");
    }
    rule.order = static_cast<int>(impl_->rules.size());
    if (r["examples"]) GUANXI_RETURN_IF_ERROR(load_examples(file, r["examples"], rule.name));
    impl_->rules.push_back(std::move(rule));
    current_rule_.clear();
    return Status::Ok();
  }

  // anchor: {lexicon: NAME, within: N}
  Status parse_anchor(const std::string& file, const YAML::Node& a, Rule* rule) {
    if (!a.IsMap()) return Errors::at(file, a, rule->name, "anchor must be {lexicon: NAME, within: N}");
    GUANXI_RETURN_IF_ERROR(check_keys(file, a, rule->name, {"lexicon", "within"}, "anchor"));
    if (!a["lexicon"] || !a["within"]) return Errors::at(file, a, rule->name, "anchor needs lexicon and within");
    if (!rule->re) return Errors::at(file, a, rule->name, "anchor: a rule without a pattern has nothing to anchor");
    GUANXI_ASSIGN_OR_RETURN(rule->anchor_lexicon, scalar(file, a["lexicon"], rule->name, "anchor lexicon"));
    GUANXI_ASSIGN_OR_RETURN(rule->anchor_within, integer(file, a["within"], rule->name, "anchor within"));
    auto lex = impl_->lexicons.find(rule->anchor_lexicon);
    if (lex == impl_->lexicons.end()) {
      return Errors::at(file, a["lexicon"], rule->name, "anchor: unknown lexicon '" + rule->anchor_lexicon + "'");
    }
    if (rule->anchor_within < 0 || rule->anchor_within > 1000) {
      return Errors::at(file, a["within"], rule->name, "anchor within must be 0..1000 characters");
    }
    impl_->used_names.insert(rule->anchor_lexicon);
    rule->anchor = lexicon_trie(lex->second);
    return Status::Ok();
  }

  Status parse_capture(const std::string& file, const YAML::Node& n, const std::string& rule, CaptureSpec* c) {
    if (n.IsScalar()) {  // shorthand: the type
      auto t = parse_node_type(n.Scalar());
      if (!t) return Errors::at(file, n, rule, "unknown node type '" + n.Scalar() + "'");
      c->type = *t;
      return Status::Ok();
    }
    GUANXI_RETURN_IF_ERROR(check_keys(file, n, rule, {"type", "list", "mode", "pair", "host_fallback", "split", "accept"},
                                      "capture '" + c->name + "'"));
    if (n["type"]) {
      auto t = parse_node_type(n["type"].Scalar());
      if (!t) return Errors::at(file, n["type"], rule, "unknown node type '" + n["type"].Scalar() + "'");
      c->type = *t;
    }
    if (n["list"]) { GUANXI_ASSIGN_OR_RETURN(c->list, boolean(file, n["list"], rule, "list")); }
    if (n["host_fallback"]) { GUANXI_ASSIGN_OR_RETURN(c->host_fallback, boolean(file, n["host_fallback"], rule, "host_fallback")); }
    if (n["pair"]) {
      GUANXI_ASSIGN_OR_RETURN(c->pair, scalar(file, n["pair"], rule, "pair"));
      c->pair_split = std::make_shared<RE2>("(.+?)(?:" + c->pair + ")(.+)", regex_options());
      if (!c->pair_split->ok()) return Errors::at(file, n["pair"], rule, "bad pair pattern: " + c->pair_split->error());
    }
    if (n["split"]) { GUANXI_ASSIGN_OR_RETURN(c->split, strings(file, n["split"], rule, "split")); }
    if (n["accept"]) {
      GUANXI_ASSIGN_OR_RETURN(std::string src, scalar(file, n["accept"], rule, "accept"));
      std::string expanded;
      c->accept = std::make_shared<CompiledPattern>();
      GUANXI_RETURN_IF_ERROR(compile_pattern(file, n["accept"], rule, src, c->accept.get()));
    }
    if (n["mode"]) {
      const std::string m = n["mode"].Scalar();
      if (m == "known") c->mode = NameMode::kKnown;
      else if (m == "strict") c->mode = NameMode::kStrict;
      else if (m == "anchored") c->mode = NameMode::kAnchored;
      else return Errors::at(file, n["mode"], rule, "unknown name mode '" + m + "' (known, strict, anchored)");
    }
    c->title_chain = c->type == NodeType::kTitle && c->list;
    return Status::Ok();
  }

  // ---- inference and examples -----------------------------------------------------------

  Result<std::array<std::string, 3>> triple_pattern(const std::string& file, const YAML::Node& n,
                                                    const std::string& rule) {
    if (!n.IsSequence() || n.size() != 3) return Errors::at(file, n, rule, "expected [subject, predicate, object]");
    std::array<std::string, 3> t;
    for (int i = 0; i < 3; ++i) {
      GUANXI_ASSIGN_OR_RETURN(t[i], scalar(file, n[i], rule, "triple part"));
    }
    return t;
  }

  Status load_inference(const Input& in) {
    if (!in.root.IsMap() || !in.root["inference"]) return Status::Ok();
    const YAML::Node list = in.root["inference"];
    if (!list.IsSequence()) return Errors::at(in.path, list, "", "inference must be a list");
    for (const YAML::Node& r : list) {
      InferenceRule inf;
      inf.pos = Errors::position(in.path, r);
      if (!r.IsMap() || !r["name"]) return Errors::at(in.path, r, "", "an inference rule needs a name");
      inf.name = r["name"].Scalar();
      GUANXI_RETURN_IF_ERROR(check_keys(in.path, r, inf.name, {"name", "description", "if", "then"}, "an inference rule"));
      for (const Rule& other : impl_->rules) {
        if (other.name == inf.name) return Errors::at(inf.pos, inf.name, "duplicate rule name");
      }
      for (const InferenceRule& other : impl_->inferences) {
        if (other.name == inf.name) return Errors::at(inf.pos, inf.name, "duplicate rule name");
      }
      if (!r["if"] || !r["if"].IsSequence() || r["if"].size() < 1 || r["if"].size() > 2) {
        return Errors::at(in.path, r, inf.name, "if: must list one or two [?x, predicate, ?y] premises");
      }
      if (!r["then"]) return Errors::at(in.path, r, inf.name, "then: is missing");
      std::unordered_set<std::string> vars;
      for (const YAML::Node& p : r["if"]) {
        GUANXI_ASSIGN_OR_RETURN(auto t, triple_pattern(in.path, p, inf.name));
        if (!known_predicate(t[1])) return Errors::at(in.path, p, inf.name, "unknown predicate '" + t[1] + "'");
        for (int i : {0, 2}) {
          if (t[i].empty() || t[i][0] != '?') return Errors::at(in.path, p, inf.name, "subject and object must be variables (?x)");
          vars.insert(t[i]);
        }
        inf.premises.push_back(t);
      }
      GUANXI_ASSIGN_OR_RETURN(inf.conclusion, triple_pattern(in.path, r["then"], inf.name));
      if (!known_predicate(inf.conclusion[1])) {
        return Errors::at(in.path, r["then"], inf.name, "unknown predicate '" + inf.conclusion[1] + "'");
      }
      for (int i : {0, 2}) {
        if (!vars.count(inf.conclusion[i])) {
          return Errors::at(in.path, r["then"], inf.name, "variable " + inf.conclusion[i] + " is not bound by if:");
        }
      }
      impl_->inferences.push_back(std::move(inf));
    }
    return Status::Ok();
  }

  Status load_examples(const std::string& file, const YAML::Node& list, const std::string& rule) {
    if (!list.IsSequence()) return Errors::at(file, list, rule, "examples must be a list");
    for (const YAML::Node& e : list) {
      Example ex;
      ex.pos = Errors::position(file, e);
      ex.rule = rule;
      GUANXI_RETURN_IF_ERROR(check_keys(file, e, rule, {"text", "headline", "date", "reporters", "editors", "expect", "reject", "note"},
                                        "an example"));
      if (!e["text"]) return Errors::at(file, e, rule, "an example needs text:");
      GUANXI_ASSIGN_OR_RETURN(ex.text, scalar(file, e["text"], rule, "text"));
      if (e["headline"]) { GUANXI_ASSIGN_OR_RETURN(ex.headline, scalar(file, e["headline"], rule, "headline")); }
      if (e["date"]) { GUANXI_ASSIGN_OR_RETURN(ex.date, scalar(file, e["date"], rule, "date")); }
      if (e["reporters"]) { GUANXI_ASSIGN_OR_RETURN(ex.reporters, strings(file, e["reporters"], rule, "reporters")); }
      if (e["editors"]) { GUANXI_ASSIGN_OR_RETURN(ex.editors, strings(file, e["editors"], rule, "editors")); }
      for (const char* key : {"expect", "reject"}) {
        if (!e[key]) continue;
        if (!e[key].IsSequence()) return Errors::at(file, e[key], rule, std::string(key) + " must be a list of triples");
        for (const YAML::Node& t : e[key]) {
          GUANXI_ASSIGN_OR_RETURN(auto triple, triple_pattern(file, t, rule));
          if (!known_predicate(triple[1])) return Errors::at(file, t, rule, "unknown predicate '" + triple[1] + "'");
          (std::string(key) == "expect" ? ex.expect : ex.reject).push_back(triple);
        }
      }
      impl_->examples.push_back(std::move(ex));
    }
    return Status::Ok();
  }

  // ---- prefilter ------------------------------------------------------------------------

  void build_prefilter() {
    auto filter = std::make_unique<re2::FilteredRE2>(/*min_atom_len=*/3);  // one CJK character
    for (size_t i = 0; i < impl_->rules.size(); ++i) {
      const Rule& r = impl_->rules[i];
      if (!r.re) continue;
      int id = -1;
      if (filter->Add(r.expanded, regex_options(), &id) != RE2::NoError) {
        impl_->unfiltered.push_back(static_cast<int>(i));
      } else {
        impl_->filter_rule.push_back(static_cast<int>(i));
      }
    }
    if (impl_->filter_rule.empty()) return;
    std::vector<std::string> atoms;
    filter->Compile(&atoms);
    if (!atoms.empty()) {
      RE2::Options o = regex_options();
      o.set_case_sensitive(false);  // FilteredRE2 lowercases its atoms
      o.set_max_mem(256 << 20);
      auto set = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
      bool ok = true;
      for (const std::string& a : atoms) ok = ok && set->Add(RE2::QuoteMeta(a), nullptr) >= 0;
      if (!ok || !set->Compile()) {  // cannot filter: every rule runs on every unit
        for (int i : impl_->filter_rule) impl_->unfiltered.push_back(i);
        impl_->filter_rule.clear();
        std::sort(impl_->unfiltered.begin(), impl_->unfiltered.end());
        return;
      }
      impl_->atoms = std::move(set);
      impl_->atom_trie = std::make_unique<LiteralTrie>(atoms);
    }
    impl_->filter = std::move(filter);
  }

  Ruleset::Impl* impl_;
  std::vector<Input> inputs_;
  std::string hash_input_;
  std::string current_rule_;
  bool names_defined_ = false;
};

Result<std::vector<std::string>> expand_paths(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (const auto& entry : fs::directory_iterator(p, ec)) {
        const std::string ext = entry.path().extension().string();
        if (entry.is_regular_file() && (ext == ".yaml" || ext == ".yml")) found.push_back(entry.path().string());
      }
      if (ec) return Status::IOError("cannot list " + p + ": " + ec.message());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(p, ec)) {
      files.push_back(p);
    } else {
      return Status::NotFound("no such rule file or directory: " + p);
    }
  }
  if (files.empty()) return Status::InvalidArgument("no rule files (*.yaml) found");
  return files;
}

}  // namespace

Result<std::unique_ptr<Ruleset::Impl>> load_rule_files(const std::vector<std::string>& paths) {
  GUANXI_ASSIGN_OR_RETURN(std::vector<std::string> files, expand_paths(paths));
  auto impl = std::make_unique<Ruleset::Impl>();
  Loader loader(impl.get());
  for (const std::string& f : files) {
    GUANXI_ASSIGN_OR_RETURN(std::string text, read_file(f));
    GUANXI_RETURN_IF_ERROR(loader.add_text(f, std::move(text)));
  }
  GUANXI_RETURN_IF_ERROR(loader.build());
  return impl;
}

Result<std::unique_ptr<Ruleset::Impl>> load_rule_text(std::string_view yaml, const std::string& name) {
  auto impl = std::make_unique<Ruleset::Impl>();
  Loader loader(impl.get());
  GUANXI_RETURN_IF_ERROR(loader.add_text(name, std::string(yaml)));
  GUANXI_RETURN_IF_ERROR(loader.build());
  return impl;
}

}  // namespace guanxi::engine
