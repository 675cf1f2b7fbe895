// Ruleset: a compiled, immutable set of extraction rules loaded from YAML files.
//
// Parse, don't validate: once a Ruleset exists it is known to be well-formed. Loading is
// all-or-nothing: any error (bad YAML, bad pattern, unknown capture or predicate) refuses
// the whole set with file, line, column and rule name. The language is described in
// docs/rules.md. A Ruleset is safe to share between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace guanxi {

class Ruleset {
 public:
  // `paths`: rule files, or directories whose *.yaml files are loaded in sorted order.
  static Result<std::shared_ptr<const Ruleset>> load(const std::vector<std::string>& paths);
  // One rule file given as text (tests, examples); `name` stands for the file in errors.
  // Lexicon files are looked up relative to the directory part of `name`.
  static Result<std::shared_ptr<const Ruleset>> load_text(std::string_view yaml,
                                                          const std::string& name);

  ~Ruleset();
  Ruleset(const Ruleset&) = delete;
  Ruleset& operator=(const Ruleset&) = delete;

  // Content hash of every loaded file (rules and lexicons): changes when any rule changes.
  const std::string& hash() const;
  // The files that were loaded, in load order.
  const std::vector<std::string>& files() const;

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit Ruleset(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace guanxi
