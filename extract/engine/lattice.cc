#include "extract/engine/lattice.h"

#include <algorithm>
#include <atomic>

#include "extract/normalize.h"

namespace guanxi::engine {

void Lattice::reset(std::string_view text) {
  static std::atomic<uint64_t> texts{0};  // process-wide: no two texts share a generation
  text_ = text;
  generation_ = ++texts;
  chars_.clear();
  bytes_.clear();
  if (char_at_byte_.size() < text.size() + 1) char_at_byte_.resize(text.size() + 1);
  for (size_t i = 0; i < text.size();) {
    const size_t at = i;
    const char32_t c = next_code_point(text, i);  // an invalid byte decodes as itself, alone
    char_at_byte_[at] = static_cast<uint32_t>(chars_.size());
    bytes_.push_back(static_cast<uint32_t>(at));
    chars_.push_back(i == at + 1 && static_cast<unsigned char>(text[at]) >= 0x80 ? kInvalid : c);
  }
  char_at_byte_[text.size()] = static_cast<uint32_t>(chars_.size());
  bytes_.push_back(static_cast<uint32_t>(text.size()));
  used_ = 0;
}

size_t Lattice::char_of(size_t b) const {
  return static_cast<size_t>(std::lower_bound(bytes_.begin(), bytes_.end(), static_cast<uint32_t>(b)) - bytes_.begin());
}

std::span<const uint32_t> Lattice::ends(const LiteralTrie* trie, size_t i) {
  const uint32_t index = trie->index();
  if (index >= found_of_.size()) found_of_.resize(index + 1, {0, 0});
  Found* f = nullptr;
  if (found_of_[index].first == generation_) {
    f = &found_[found_of_[index].second];
  } else {
    if (used_ == found_.size()) found_.emplace_back();
    found_of_[index] = {generation_, static_cast<uint32_t>(used_)};
    f = &found_[used_++];
    f->first.assign(chars_.size(), kUnknown);
    f->count.assign(chars_.size(), 0);
    f->ends.clear();
  }
  if (i >= chars_.size()) return {};
  if (f->first[i] == kUnknown) {
    scratch_.clear();
    if (chars_[i] != kInvalid) trie->ends_at(text_, bytes_[i], &scratch_);
    f->first[i] = static_cast<uint32_t>(f->ends.size());
    for (uint32_t end : scratch_) f->ends.push_back(char_at_byte_[end]);  // ends are character starts
    f->count[i] = static_cast<uint32_t>(scratch_.size());
  }
  return {f->ends.data() + f->first[i], f->count[i]};
}

}  // namespace guanxi::engine
