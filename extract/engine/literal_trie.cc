#include "extract/engine/literal_trie.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <unordered_map>

#include "extract/engine/names.h"

namespace guanxi::engine {

namespace {

// The character at `at` packed into 32 bits, and its length.
uint32_t pack(std::string_view text, size_t at, size_t* len) {
  size_t n = std::min(utf8_char_bytes(static_cast<unsigned char>(text[at])), text.size() - at);
  uint32_t key = 0;
  for (size_t i = 0; i < n; ++i) key = (key << 8) | static_cast<unsigned char>(text[at + i]);
  *len = n;
  return key;
}

uint64_t edge(uint32_t node, uint32_t ch) { return (static_cast<uint64_t>(node) << 32) | ch; }

}  // namespace

LiteralTrie::LiteralTrie(const std::vector<std::string>& entries) {
  static std::atomic<uint32_t> tries{0};
  index_ = tries++;
  std::unordered_map<uint64_t, uint32_t> edges;
  entry_.push_back(-1);
  for (size_t id = 0; id < entries.size(); ++id) {
    const std::string& e = entries[id];
    if (e.empty()) continue;
    uint32_t node = 0;
    for (size_t i = 0; i < e.size();) {
      size_t len = 0;
      const uint32_t ch = pack(e, i, &len);
      auto [it, fresh] = edges.emplace(edge(node, ch), static_cast<uint32_t>(entry_.size()));
      if (fresh) entry_.push_back(-1);
      node = it->second;
      i += len;
    }
    if (entry_[node] < 0) entry_[node] = static_cast<int>(id);
  }
  size_t size = 16;
  while (size < 2 * edges.size()) size *= 2;
  slots_.assign(size, Slot{});
  shift_ = 64 - std::countr_zero(size);
  for (const auto& [key, node] : edges) {
    size_t i = (key * 0x9E3779B97F4A7C15ull) >> shift_;
    while (slots_[i].node != 0) i = (i + 1) & (size - 1);
    slots_[i] = Slot{key, node};
  }
}

void LiteralTrie::find_all(std::string_view text, std::vector<int>* ids) const {
  for (size_t at = 0; at < text.size();) {
    size_t first = 0;
    if (uint32_t node = child(0, pack(text, at, &first)); node != 0) {
      if (entry_[node] >= 0) ids->push_back(entry_[node]);
      for (size_t i = at + first; i < text.size();) {
        size_t len = 0;
        const uint32_t next = child(node, pack(text, i, &len));
        if (next == 0) break;
        node = next;
        if (entry_[node] >= 0) ids->push_back(entry_[node]);
        i += len;
      }
    }
    at += first;
  }
}

void LiteralTrie::ends_at(std::string_view text, size_t at, std::vector<uint32_t>* ends) const {
  const size_t first = ends->size();
  uint32_t node = 0;
  for (size_t i = at; i < text.size();) {
    size_t len = 0;
    const uint32_t next = child(node, pack(text, i, &len));
    if (next == 0) break;
    node = next;
    i += len;
    if (entry_[node] >= 0) ends->push_back(static_cast<uint32_t>(i));
  }
  std::reverse(ends->begin() + static_cast<std::ptrdiff_t>(first), ends->end());
}

void LiteralTrie::find_starts(std::string_view text, std::vector<uint32_t>* starts) const {
  for (size_t at = 0; at < text.size();) {
    size_t first = 0;
    uint32_t node = child(0, pack(text, at, &first));
    if (node != 0) {
      bool hit = entry_[node] >= 0;
      for (size_t i = at + first; !hit && i < text.size();) {
        size_t len = 0;
        const uint32_t next = child(node, pack(text, i, &len));
        if (next == 0) break;
        node = next;
        hit = entry_[node] >= 0;
        i += len;
      }
      if (hit) starts->push_back(static_cast<uint32_t>(at));
    }
    at += first;
  }
}

}  // namespace guanxi::engine
