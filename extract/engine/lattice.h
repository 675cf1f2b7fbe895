// Lattice: one unit of text (a sentence or a headline line) as the lattice matcher sees it:
// its characters, and the entries of each lexicon that begin at each character, found by
// the lexicon's trie the first time a program asks for them and kept for every other rule
// that asks (docs/rules.md, "Speed").
//
// Owned by the caller for the duration of one unit; it points into the unit's text, which
// must outlive it. Not thread-safe; one per thread (reset() reuses its memory). Invalid
// UTF-8 becomes a character that no class contains, one per byte.
#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <string_view>
#include <vector>

#include "extract/engine/literal_trie.h"

namespace guanxi::engine {

class Lattice {
 public:
  static constexpr char32_t kInvalid = 0xFFFFFFFF;

  void reset(std::string_view text);

  std::string_view text() const { return text_; }
  // Unique to this text in the process (a counter shared by every Lattice): what a
  // Backtracker learnt about one text is never used on another.
  uint64_t generation() const { return generation_; }
  size_t size() const { return chars_.size(); }  // characters
  char32_t operator[](size_t i) const { return chars_[i]; }
  // Byte offset of character i; i == size() gives the text's size.
  uint32_t byte_of(size_t i) const { return bytes_[i]; }
  // The character that begins at byte `b` (or the first one after it).
  size_t char_of(size_t b) const;

  // Character positions just past the entries of `trie` that begin at character i, longest
  // first.
  std::span<const uint32_t> ends(const LiteralTrie* trie, size_t i);

 private:
  struct Found {
    std::vector<uint32_t> first;   // by character: index into `ends`; kUnknown before the walk
    std::vector<uint32_t> count;   // by character: how many entries begin there
    std::vector<uint32_t> ends;
  };
  static constexpr uint32_t kUnknown = 0xFFFFFFFF;

  std::string_view text_;
  uint64_t generation_ = 0;
  std::vector<char32_t> chars_;
  std::vector<uint32_t> bytes_;
  std::vector<Found> found_;  // one per trie asked about, in order of first use; reused across resets
  size_t used_ = 0;           // entries of found_ in use for this text
  // By LiteralTrie::index(): the generation in which the trie was first asked about, and its
  // entry of found_ then.
  std::vector<std::pair<uint64_t, uint32_t>> found_of_;
  std::vector<uint32_t> char_at_byte_;  // by byte offset of a character's start: its index
  std::vector<uint32_t> scratch_;
};

}  // namespace guanxi::engine
