// Person names inside one article: the gazetteer of full names found so far, their aliases
// (a later shorter form: the given name of a three-character name, the last part of a
// foreign name "法齐亚·皮尔" -> "皮尔"), and the check that turns a captured piece of text
// into a person (docs/rules.md, "Names").
//
// One Gazetteer per article; not thread-safe (an article is processed by one thread).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/engine/ruleset_impl.h"

namespace guanxi::engine {

// Length in bytes of the UTF-8 character that starts with `lead` (1 for a stray byte).
size_t utf8_char_bytes(unsigned char lead);
// Number of UTF-8 characters in `s`.
size_t utf8_length(std::string_view s);
// The first `n` characters of `s` (all of it when shorter).
std::string_view utf8_prefix(std::string_view s, size_t n);
// Splits `s` into UTF-8 characters.
std::vector<std::string_view> utf8_chars(std::string_view s);
// True when every character is a CJK ideograph (U+3400..U+9FFF, U+F900..U+FAFF).
bool all_han(std::string_view s);

class Gazetteer {
 public:
  explicit Gazetteer(const Ruleset::Impl& rules) : rules_(rules) {}

  // The canonical full name for a known name or alias, nullopt otherwise.
  std::optional<std::string> lookup(std::string_view name) const;

  // A full name known before the article starts (named by an earlier article of the page):
  // found by lookup; of its aliases only a foreign name's last part is made (阿吉雷 for
  // 费尔南多·阿吉雷), not a Chinese given name (resolve finds one followed by 同志 through
  // by_given_name).
  void know(const std::string& name);

  // Records a full name (and its aliases). Returns the canonical form (an alias that is
  // already known maps to its full name instead of becoming a new person).
  std::string add(const std::string& name);

  // Turns one captured item into a person, or nullopt. `list_size` is the number of items
  // of the capture (a list of two or more short names is itself evidence). On success
  // `*was_label_only` tells nothing; when the item is only a group label ("市领导") and
  // nothing else, returns nullopt and sets *label_only.
  // With commit = false nothing is recorded (a dry run, to try one way of splitting).
  std::optional<std::string> resolve(std::string_view item, NameMode mode, size_t list_size,
                                     bool* label_only, std::string* why, bool commit = true);

  // Does `s` look like a person's name (shape only: length, characters, surname)?
  bool name_shape(std::string_view s, NameMode mode, size_t list_size) const;

  // Strips title/group-label prefixes and suffixes (names.strip_prefix/strip_suffix).
  // Results are cached per thread (see names.cc).
  std::string strip(std::string_view item, bool* stripped_prefix) const;
  // Only the suffixes (names.strip_suffix): "特首一行" -> "特首".
  std::string strip_suffixes(std::string_view item) const;

  const std::vector<std::string>& persons() const { return persons_; }

 private:
  std::string strip_uncached(std::string_view item, bool* stripped_prefix) const;
  // The front of an item (names: strip_prefix, repeatedly); `stripped`: whether any was.
  std::string strip_prefixes(std::string_view item, bool* stripped) const;

  // A new candidate that is the beginning of a known full name ("苏景" of "苏景和") was
  // cut short by a following word; it is not a new person.
  bool truncated(const std::string& s) const;
  // The last part of a foreign name written with a middle dot (2 characters or more), or "".
  static std::string foreign_short_form(const std::string& name);
  // The given name of a 3-character name, or of a 4-character one with a compound surname
  // (立群 of 韩立群, 景澄 of 欧阳景澄); "" for any other name.
  std::string given_name(const std::string& name) const;
  // The one person of the page (earlier items included) whose name begins with `surname`;
  // nullopt when none or two.
  std::optional<std::string> by_surname(const std::string& surname) const;
  // The one person of the page (earlier items included) whose given name is `given` (2
  // characters, of a 3-character name or a compound surname's 4); nullopt when none or two.
  std::optional<std::string> by_given_name(const std::string& given) const;
  // Records `alias` for `name`; an alias two people share becomes ambiguous ("").
  void add_alias(const std::string& alias, const std::string& name);

  const Ruleset::Impl& rules_;
  std::vector<std::string> persons_;                      // full names, first-seen order
  std::unordered_set<std::string> full_;
  std::unordered_map<std::string, std::string> alias_;    // alias -> full ("" = ambiguous)
};

}  // namespace guanxi::engine
