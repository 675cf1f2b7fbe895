// Backtracker: runs a Program (extract/engine/program.h) over a Lattice and finds the
// leftmost match, with its groups, as RE2 would (leftmost-first).
//
// It is a backtracking matcher that never visits a (instruction, character) pair twice in
// one search, as RE2's BitState: the work of a search is bounded by the program's size times
// the unit's length, whatever the pattern says, so no rule can make matching exponential.
// What a failed search visited cannot lead to a match from any start, so the next search of
// the same program in the same lattice keeps it: the anchored tries of one rule in one unit
// cost together what one search costs.
// A lexicon instruction follows each entry the lattice found at the current character.
//
// The memo is one byte per (character, instruction), stamped rather than cleared between
// searches: a unit (at most kMaxUnitBytes) against the largest rule is about a megabyte.
// Not thread-safe; one per thread, reused across searches (it keeps its memory).
#pragma once

#include <cstdint>
#include <vector>

#include "extract/engine/lattice.h"
#include "extract/engine/program.h"

namespace guanxi::engine {

class Backtracker {
 public:
  // The leftmost match of `prog` in `lattice` that begins at character `from` or later
  // (only at `from` when `anchored`). On success `slots` holds, for group g, its begin and
  // end characters at 2g and 2g+1 (-1 when the group took no part), group 0 the whole match.
  bool search(const Program& prog, Lattice& lattice, size_t from, bool anchored, std::vector<int32_t>* slots);

 private:
  bool find(const Program& prog, Lattice& lattice, size_t from, bool anchored, std::vector<int32_t>* slots);
  bool try_at(const Program& prog, Lattice& lattice, uint32_t start, std::vector<int32_t>* slots);
  // Marks (pc, p) visited; false when it already was.
  bool visit(uint32_t pc, uint32_t p) {
    uint8_t& mark = visited_[static_cast<size_t>(p) * width_ + pc];  // by character: one place's states together
    if (mark == stamp_) return false;
    mark = stamp_;
    return true;
  }

  struct Job {
    uint32_t pc;    // with kResume: take count `old` of the repeat at `pc` that began at `p`
    int32_t p;      // -1: restore slot `pc` to `old`
    int32_t old;
  };
  static constexpr uint32_t kResume = 0x80000000u;
  std::vector<Job> stack_;
  // By (character, instruction): visited in the current memo when equal to stamp_. A new
  // memo is a new stamp (the array is cleared only when the stamp wraps around).
  std::vector<uint8_t> visited_;
  uint8_t stamp_ = 0;
  size_t width_ = 0;  // the program's instructions
  // The last search: its program and lattice, and whether it failed (then visited_ holds
  // only dead ends and stays).
  uint64_t last_program_ = 0;  // Program::id
  uint64_t last_generation_ = 0;
  bool last_failed_ = false;
};

}  // namespace guanxi::engine
