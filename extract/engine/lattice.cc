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
  for (size_t i = 0; i < text.size();) {
    const size_t at = i;
    const char32_t c = next_code_point(text, i);  // an invalid byte decodes as itself, alone
    bytes_.push_back(static_cast<uint32_t>(at));
    chars_.push_back(i == at + 1 && static_cast<unsigned char>(text[at]) >= 0x80 ? kInvalid : c);
  }
  bytes_.push_back(static_cast<uint32_t>(text.size()));
  used_ = 0;
}

size_t Lattice::char_of(size_t b) const {
  return static_cast<size_t>(std::lower_bound(bytes_.begin(), bytes_.end(), static_cast<uint32_t>(b)) - bytes_.begin());
}

std::span<const uint32_t> Lattice::ends(const LiteralTrie* trie, size_t i) {
  Found* f = nullptr;
  for (size_t k = 0; k < used_; ++k) {
    if (found_[k].trie == trie) {
      f = &found_[k];
      break;
    }
  }
  if (f == nullptr) {
    if (used_ == found_.size()) found_.emplace_back();
    f = &found_[used_++];
    f->trie = trie;
    f->first.assign(chars_.size(), kUnknown);
    f->count.assign(chars_.size(), 0);
    f->ends.clear();
  }
  if (i >= chars_.size()) return {};
  if (f->first[i] == kUnknown) {
    scratch_.clear();
    if (chars_[i] != kInvalid) trie->ends_at(text_, bytes_[i], &scratch_);
    f->first[i] = static_cast<uint32_t>(f->ends.size());
    for (uint32_t end : scratch_) f->ends.push_back(static_cast<uint32_t>(char_of(end)));
    f->count[i] = static_cast<uint32_t>(scratch_.size());
  }
  return {f->ends.data() + f->first[i], f->count[i]};
}

}  // namespace guanxi::engine
