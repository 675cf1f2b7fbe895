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
    const size_t bit = static_cast<size_t>(p) * width_ + pc;  // by character: the states of one place together
    uint64_t& word = visited_[bit >> 6];
    const uint64_t mask = uint64_t{1} << (bit & 63);
    if (word & mask) return false;
    if (word == 0) touched_.push_back(static_cast<uint32_t>(bit >> 6));
    word |= mask;
    return true;
  }

  struct Job {
    uint32_t pc;    // with kResume: take count `old` of the repeat at `pc` that began at `p`
    int32_t p;      // -1: restore slot `pc` to `old`
    int32_t old;
  };
  static constexpr uint32_t kResume = 0x80000000u;
  std::vector<Job> stack_;
  std::vector<uint64_t> visited_;
  std::vector<uint32_t> touched_;  // words of visited_ that are not zero
  size_t width_ = 0;               // the program's instructions
  // The last search: its program and lattice, and whether it failed (then visited_ holds
  // only dead ends and stays).
  uint64_t last_program_ = 0;  // Program::id
  uint64_t last_generation_ = 0;
  bool last_failed_ = false;
};

}  // namespace guanxi::engine
