// LiteralTrie: where the entries of a lexicon begin in a text, by a walk of a character trie
// from each character (no regular-expression automaton, so no state is built lazily: the
// cost is the same on text never seen before; see docs/rules.md, "Speed"). Used for the
// anchors of anchored rules and for the prefilter's required literals.
//
// Built once by the loader from a lexicon's entries; immutable afterwards, so one trie is
// shared read-only by any number of threads. Entries are matched byte for byte, as the
// quoted lexicon alternation of a pattern matches them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace guanxi::engine {

class LiteralTrie {
 public:
  // Entry i gets id i (an entry listed twice keeps its first id).
  explicit LiteralTrie(const std::vector<std::string>& entries);

  // Appends to `starts`, in increasing order, the byte offset of every character of `text`
  // at which some entry begins (overlapping entries included). Offsets are UTF-8
  // character starts; invalid UTF-8 is walked a byte at a time.
  void find_starts(std::string_view text, std::vector<uint32_t>* starts) const;

  // Appends the byte offset just past every entry that begins at byte `at` of `text`,
  // longest entry first (the order in which a lexicon's alternation tries them).
  void ends_at(std::string_view text, size_t at, std::vector<uint32_t>* ends) const;

  // Appends the id of every entry that occurs in `text` (once per occurrence).
  void find_all(std::string_view text, std::vector<int>* ids) const;

  size_t nodes() const { return entry_.size(); }
  // Unique to this trie in the process, from 0 up: a Lattice keeps its findings by it.
  uint32_t index() const { return index_; }

 private:
  // The child of `node` by the character packed as `ch`, 0 when none (the root is no child).
  uint32_t child(uint32_t node, uint32_t ch) const {
    const uint64_t key = (static_cast<uint64_t>(node) << 32) | ch;
    for (size_t i = (key * 0x9E3779B97F4A7C15ull) >> shift_;; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[i];
      if (s.key == key) return s.node;
      if (s.node == 0) return 0;
    }
  }

  // Edges in an open-addressing table (linear probing, at most half full): key (node << 32)
  // | the next character's UTF-8 bytes packed into 32 bits; node 0 marks an empty slot.
  struct Slot {
    uint64_t key = 0;
    uint32_t node = 0;
  };
  std::vector<Slot> slots_;
  int shift_ = 63;
  std::vector<int> entry_;  // by node: the id of the entry ending there, -1; node 0 is the root
  uint32_t index_ = 0;
};

}  // namespace guanxi::engine
