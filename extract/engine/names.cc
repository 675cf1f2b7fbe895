#include "extract/engine/names.h"

namespace guanxi::engine {

namespace {


uint32_t decode(std::string_view c) {
  unsigned char b0 = c[0];
  if (c.size() == 1) return b0;
  if (c.size() == 2) return ((b0 & 0x1F) << 6) | (c[1] & 0x3F);
  if (c.size() == 3) return ((b0 & 0x0F) << 12) | ((c[1] & 0x3F) << 6) | (c[2] & 0x3F);
  return ((b0 & 0x07) << 18) | ((c[1] & 0x3F) << 12) | ((c[2] & 0x3F) << 6) | (c[3] & 0x3F);
}

bool is_han(uint32_t cp) {
  return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

bool is_dot(std::string_view c) { return c == "·" || c == "•" || c == "・" || c == "‧"; }
bool is_hyphen(std::string_view c) { return c == "-" || c == "‐" || c == "－"; }

std::string trim_space(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

size_t utf8_char_bytes(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;  // a stray byte counts as one character
}

std::vector<std::string_view> utf8_chars(std::string_view s) {
  std::vector<std::string_view> out;
  for (size_t i = 0; i < s.size();) {
    size_t n = std::min(utf8_char_bytes(static_cast<unsigned char>(s[i])), s.size() - i);
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); i += utf8_char_bytes(static_cast<unsigned char>(s[i]))) ++n;
  return n;
}

std::string_view utf8_prefix(std::string_view s, size_t n) {
  size_t i = 0;
  for (size_t k = 0; k < n && i < s.size(); ++k) i += utf8_char_bytes(static_cast<unsigned char>(s[i]));
  return s.substr(0, std::min(i, s.size()));
}

bool all_han(std::string_view s) {
  if (s.empty()) return false;
  for (std::string_view c : utf8_chars(s)) {
    if (!is_han(decode(c))) return false;
  }
  return true;
}

std::optional<std::string> Gazetteer::lookup(std::string_view name) const {
  std::string key(name);
  if (full_.count(key)) return key;
  auto it = alias_.find(key);
  if (it != alias_.end() && !it->second.empty()) return it->second;
  return std::nullopt;
}

void Gazetteer::know(const std::string& name) {
  if (!full_.insert(name).second) return;
  persons_.push_back(name);
  // A foreign name's last part is its short form on the whole page (又讯 …会见阿吉雷); a
  // Chinese given name is not carried over to another item.
  if (const std::string last = foreign_short_form(name); !last.empty()) add_alias(last, name);
}

std::optional<std::string> Gazetteer::by_surname(const std::string& surname) const {
  std::optional<std::string> found;
  for (const std::string& p : persons_) {
    if (p.size() <= surname.size() || p.compare(0, surname.size(), surname) != 0) continue;
    if (found && *found != p) return std::nullopt;  // two people share it: no one
    found = p;
  }
  return found;
}

std::string Gazetteer::given_name(const std::string& name) const {
  const std::vector<std::string_view> chars = utf8_chars(name);
  const bool compound = chars.size() == 4 && rules_.surnames.count(std::string(chars[0]) + std::string(chars[1]));
  if (chars.size() != 3 && !compound) return "";
  return std::string(chars[chars.size() - 2]) + std::string(chars[chars.size() - 1]);
}

std::optional<std::string> Gazetteer::by_given_name(const std::string& given) const {
  if (utf8_chars(given).size() != 2) return std::nullopt;
  std::optional<std::string> found;
  for (const std::string& p : persons_) {
    if (given_name(p) != given) continue;
    if (found && *found != p) return std::nullopt;  // two people share it: no one
    found = p;
  }
  return found;
}

std::string Gazetteer::foreign_short_form(const std::string& name) {
  std::vector<std::string_view> chars = utf8_chars(name);
  size_t dot = std::string::npos;
  for (size_t i = 0; i < chars.size(); ++i) {
    if (is_dot(chars[i])) dot = i;
  }
  if (dot == std::string::npos) return "";
  std::string last;
  for (size_t i = dot + 1; i < chars.size(); ++i) last += chars[i];
  return utf8_length(last) >= 2 ? last : "";
}

void Gazetteer::add_alias(const std::string& alias, const std::string& name) {
  if (full_.count(alias)) return;
  auto [it, fresh] = alias_.emplace(alias, name);
  if (!fresh && it->second != name) it->second.clear();  // two people share it: ambiguous
}

std::string Gazetteer::add(const std::string& name) {
  if (auto known = lookup(name)) return *known;
  full_.insert(name);
  persons_.push_back(name);
  if (const std::string last = foreign_short_form(name); !last.empty()) {
    add_alias(last, name);
  } else if (const std::string given = given_name(name); !given.empty()) {
    add_alias(given, name);
  }
  return name;
}

bool Gazetteer::truncated(const std::string& s) const {
  for (const std::string& p : persons_) {
    if (p.size() > s.size() && p.compare(0, s.size(), s) == 0) return true;
  }
  return false;
}

namespace {

// strip() is a pure function of the rule set and the item, and items recur (the same
// officials and titles, article after article), while its patterns embed whole lexicons, so
// a first sight of an item is dear. Results are kept per thread for one rule set (by its
// content hash), up to kStripCacheSize items; then the cache starts over.
constexpr size_t kStripCacheSize = 1 << 16;

struct StripCache {
  std::string ruleset;  // Ruleset::Impl::hash
  std::unordered_map<std::string, std::pair<std::string, bool>> items;
};

}  // namespace

std::string Gazetteer::strip(std::string_view item, bool* stripped_prefix) const {
  thread_local StripCache cache;
  if (cache.ruleset != rules_.hash || cache.items.size() >= kStripCacheSize) {
    cache.items.clear();
    cache.ruleset = rules_.hash;
  }
  auto [it, fresh] = cache.items.try_emplace(std::string(item));
  if (fresh) {
    bool stripped = false;
    it->second.first = strip_uncached(item, &stripped);
    it->second.second = stripped;
  }
  *stripped_prefix = it->second.second;
  return it->second.first;
}

std::string Gazetteer::strip_uncached(std::string_view item, bool* stripped_prefix) const {
  std::string s = strip_prefixes(item, stripped_prefix);
  if (s.empty() && *stripped_prefix) {
    // The front took it all: a role word may have been read as the front of the item when
    // it is its end (邬静姝老人: 老人 is a role before a name and an address after one). The
    // end first, then the front; an item that is only a label stays empty.
    bool again = false;
    std::string t = strip_prefixes(strip_suffixes(item), &again);
    if (!t.empty()) {
      *stripped_prefix = again;
      return strip_suffixes(t);
    }
  }
  return strip_suffixes(s);
}

std::string Gazetteer::strip_prefixes(std::string_view item, bool* stripped) const {
  std::string s = trim_space(item);
  *stripped = false;
  const NameSettings& n = rules_.names;
  for (int round = 0; round < 8 && n.strip_prefix && !s.empty(); ++round) {
    const std::optional<size_t> m = n.strip_prefix.prefix(s);
    if (!m || *m == 0) break;
    s.erase(0, *m);
    *stripped = true;
  }
  return s;
}

std::string Gazetteer::strip_suffixes(std::string_view item) const {
  std::string s = trim_space(item);
  const NameSettings& n = rules_.names;
  for (int round = 0; round < 3 && n.strip_suffix && !s.empty(); ++round) {
    const std::optional<size_t> m = n.strip_suffix.suffix(s);
    if (!m || *m == s.size()) break;
    s.resize(*m);
  }
  return trim_space(s);
}

bool Gazetteer::name_shape(std::string_view s, NameMode mode, size_t /*list_size*/) const {
  if (mode == NameMode::kKnown) return false;
  std::vector<std::string_view> chars = utf8_chars(s);
  const NameSettings& n = rules_.names;
  // Foreign names written with a middle dot: 2-3 parts of Han characters.
  size_t dots = 0;
  for (std::string_view c : chars) dots += is_dot(c) ? 1 : 0;
  if (dots > 0) {
    if (dots > 3 || chars.size() > 20 || is_dot(chars.front()) || is_dot(chars.back()) || is_hyphen(chars.back())) return false;
    size_t part = 0;  // each part of a transliterated name is short
    bool initial = false;  // the part is a middle initial (约翰·R·卡特)
    for (std::string_view c : chars) {
      if (c == "和" || c == "与" || c == "及" || c == "、") return false;  // a list: 林一鸣和马克·施耐德
      if (is_dot(c)) {
        if (part == 0 && !initial) return false;
        part = 0;
        initial = false;
        continue;
      }
      if (is_hyphen(c) && part > 0) continue;  // 让-皮埃尔: two names joined in one part
      if (c.size() == 1 && c[0] >= 'A' && c[0] <= 'Z' && part == 0 && !initial) {
        initial = true;
        continue;
      }
      if (c == "." && initial) continue;
      if (initial || !is_han(decode(c)) || ++part > 7) return false;
    }
    return part > 0;  // the last part is a name, not an initial
  }
  if (!all_han(s) || chars.size() < 2) return false;
  if (n.reject && n.reject.whole(s)) return false;
  // A name of the minorities written without a dot is made of known syllables (次仁旺姆,
  // 乌兰其其格), in either mode; tried last, when the shapes below say no.
  auto syllables = [&] { return chars.size() <= 6 && n.syllables && n.syllables.whole(s); };
  if (mode == NameMode::kAnchored) {
    // After a title: a surname, or a list, or a transliterated foreign name.
    if (chars.size() > 5) return syllables();
    if (n.foreign && n.foreign.whole(s)) return true;
    return chars.size() <= 4 || syllables();  // rare surnames too (the title is the evidence); see names.reject
  }
  // Strict: a surname from the lexicon, then one or two characters.
  std::string one(chars[0]);
  std::string two = chars.size() >= 2 ? one + std::string(chars[1]) : "";
  bool compound = chars.size() >= 3 && rules_.surnames.count(two);
  if (compound && chars.size() <= 4) return true;
  // Surnames that are also common words (高, 全, 于 ...) are caught by names.reject.
  if (!compound && rules_.surnames.count(one) && chars.size() <= 3) return true;
  return syllables();
}

std::optional<std::string> Gazetteer::resolve(std::string_view item, NameMode mode, size_t list_size,
                                              bool* label_only, std::string* why, bool commit) {
  *label_only = false;
  bool stripped = false;
  std::string s = strip(item, &stripped);
  if (s.empty()) {
    *label_only = true;
    *why = "only a title or group label";
    return std::nullopt;
  }
  if (rules_.names.group_label && rules_.names.group_label.whole(s)) {
    *label_only = true;
    *why = "a group label";
    return std::nullopt;
  }
  if (auto known = lookup(s)) return known;
  // "欧阳书记": a compound surname alone is the one person of the page who has it, and no
  // name of its own.
  if (rules_.surnames.count(s) && utf8_chars(s).size() == 2) {
    if (auto full = by_surname(s)) return full;
    *why = "'" + s + "' is only a surname";
    return std::nullopt;
  }
  // "景澄同志": a leader called by the given name and 同志, named in full earlier on the
  // page (even in another item, where given names are otherwise not carried over).
  if (item.ends_with("同志")) {
    if (auto full = by_given_name(s)) return full;
  }
  if (name_shape(s, mode, list_size) && !truncated(s)) return commit ? add(s) : s;
  // A known name at the end ("会上林振华" -> 林振华).
  std::vector<std::string_view> chars = utf8_chars(s);
  for (size_t k = 1; k + 1 < chars.size(); ++k) {
    std::string suffix;
    for (size_t i = k; i < chars.size(); ++i) suffix += chars[i];
    if (auto known = lookup(suffix)) return known;
  }
  *why = "'" + s + "' is not a name";
  return std::nullopt;
}

}  // namespace guanxi::engine
