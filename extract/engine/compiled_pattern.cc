#include "extract/engine/compiled_pattern.h"

#include <string>
#include <vector>

#include "extract/engine/backtracker.h"
#include "extract/engine/lattice.h"

namespace guanxi::engine {

namespace {

// The leftmost match of `prog` in `text` (anchored: only at its start); its span in bytes.
std::optional<std::pair<size_t, size_t>> run(const Program& prog, std::string_view text, bool anchored) {
  static thread_local Lattice lattice;
  static thread_local Backtracker backtracker;
  static thread_local std::vector<int32_t> slots;
  static thread_local std::string last;  // a copy: the same address may hold new text
  // Several patterns are often run on one text in a row (a rule's cues, the names: patterns
  // on one item): its lattice, and what it found, are kept while the text is the same.
  if (lattice.text().data() != text.data() || last != text) {
    lattice.reset(text);
    last.assign(text);
  }
  if (!backtracker.search(prog, lattice, 0, anchored, &slots)) return std::nullopt;
  return std::make_pair<size_t, size_t>(lattice.byte_of(slots[0]), lattice.byte_of(slots[1]));
}

}  // namespace

std::optional<size_t> CompiledPattern::prefix(std::string_view text) const {
  if (program && !re2_only) {
    auto m = run(*program, text, /*anchored=*/true);
    if (!m) return std::nullopt;
    return m->second;
  }
  re2::StringPiece m;
  if (!re->Match(text, 0, text.size(), RE2::ANCHOR_START, &m, 1)) return std::nullopt;
  return m.size();
}

std::optional<size_t> CompiledPattern::suffix(std::string_view text) const {
  if (program_at_end && !re2_only) {
    auto m = run(*program_at_end, text, /*anchored=*/false);
    if (!m) return std::nullopt;
    return m->first;
  }
  re2::StringPiece m;
  if (!re_at_end->Match(text, 0, text.size(), RE2::UNANCHORED, &m, 1)) return std::nullopt;
  return static_cast<size_t>(m.data() - text.data());
}

std::optional<std::pair<size_t, size_t>> CompiledPattern::find(std::string_view text) const {
  if (program && !re2_only) return run(*program, text, /*anchored=*/false);
  re2::StringPiece m;
  if (!re->Match(text, 0, text.size(), RE2::UNANCHORED, &m, 1)) return std::nullopt;
  const size_t b = static_cast<size_t>(m.data() - text.data());
  return std::make_pair(b, b + m.size());
}

bool CompiledPattern::whole(std::string_view text) const {
  if (program_at_end && !re2_only) return run(*program_at_end, text, /*anchored=*/true).has_value();
  return RE2::FullMatch(text, *re);
}

}  // namespace guanxi::engine
