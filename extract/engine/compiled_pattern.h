// CompiledPattern: a pattern of the `names:` section, a capture's `accept` or a rule's
// `unless` cue, compiled
// for both matchers: the lattice matcher (extract/engine/program.h) runs it, RE2 when the
// lattice matcher cannot (or GUANXI_MATCHER=re2). These patterns run on every captured item,
// so they must not build automaton states on new text either (docs/rules.md, "Speed").
//
// Built once by the loader; immutable and thread-safe afterwards (each thread matches with
// its own lattice).
#pragma once

#include <re2/re2.h>

#include <memory>
#include <optional>
#include <string_view>
#include <utility>

#include "extract/engine/program.h"

namespace guanxi::engine {

struct CompiledPattern {
  std::unique_ptr<RE2> re;           // the pattern as written, `(?:X)`
  std::unique_ptr<RE2> re_at_end;    // `(?:X)$`
  std::unique_ptr<Program> program;  // `X`, null when only RE2 can run it
  std::unique_ptr<Program> program_at_end;  // `(?:X)$`
  bool re2_only = false;

  explicit operator bool() const { return re != nullptr; }

  // The length of the match that begins at the start of `text` (RE2::ANCHOR_START).
  std::optional<size_t> prefix(std::string_view text) const;
  // Where the leftmost match that ends at the end of `text` begins.
  std::optional<size_t> suffix(std::string_view text) const;
  // The leftmost match anywhere in `text`: its begin and end bytes.
  std::optional<std::pair<size_t, size_t>> find(std::string_view text) const;
  // Whether the whole of `text` matches (RE2::FullMatch).
  bool whole(std::string_view text) const;
};

}  // namespace guanxi::engine
