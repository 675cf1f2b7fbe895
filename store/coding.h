// Byte encodings of the store's keys and values (the layout is documented in
// docs/storage.md). Everything here is a pure function on bytes: fixed-width big-endian
// integers (so that keys sort numerically), varints, and length-prefixed strings.
//
// Decoders take a std::string_view by pointer, consume what they read, and return false
// when the input is too short or malformed (the caller turns that into kCorruption).
// Thread-safe: no state.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace guanxi::store {

// A term id: 8 bytes big-endian in keys. 0 is never allocated (it means "none").
using TermId = uint64_t;
inline constexpr size_t kIdSize = 8;
// s p o (or p o s, o s p): three ids.
inline constexpr size_t kTripleKeySize = 3 * kIdSize;
// prov key: s p o | doc number | sentence begin | ordinal of the triple in its document.
inline constexpr size_t kProvKeySize = kTripleKeySize + kIdSize + 8 + 4;

void put_fixed64(std::string& out, uint64_t v);
void put_fixed32(std::string& out, uint32_t v);
uint64_t get_fixed64(const char* p);
uint32_t get_fixed32(const char* p);

void put_varint64(std::string& out, uint64_t v);
bool get_varint64(std::string_view* in, uint64_t* v);

// varint length, then the bytes.
void put_length_prefixed(std::string& out, std::string_view s);
bool get_length_prefixed(std::string_view* in, std::string_view* s);
bool get_length_prefixed(std::string_view* in, std::string* s);

// The three index orders of one triple.
struct TripleIds {
  TermId s = 0, p = 0, o = 0;
  friend bool operator==(const TripleIds&, const TripleIds&) = default;
};

std::string spo_key(const TripleIds& t);
std::string pos_key(const TripleIds& t);
std::string osp_key(const TripleIds& t);
// Decoders of the three orders; `key` must hold at least kTripleKeySize bytes.
TripleIds from_spo_key(std::string_view key);
TripleIds from_pos_key(std::string_view key);
TripleIds from_osp_key(std::string_view key);

std::string prov_key(const TripleIds& t, uint64_t doc_number, uint64_t begin, uint32_t ordinal);

// The same keys written in place, with no allocation (the write path makes millions):
// `out` holds kTripleKeySize (kProvKeySize) bytes.
void write_pos_key(const TripleIds& t, char* out);
void write_osp_key(const TripleIds& t, char* out);
void write_prov_key(const TripleIds& t, uint64_t doc_number, uint64_t begin, uint32_t ordinal, char* out);

// Key prefixes made of ids (1 to 3 of them) for prefix scans.
std::string id_prefix(TermId a);
std::string id_prefix(TermId a, TermId b);

// True when `key` starts with `prefix`.
inline bool has_prefix(std::string_view key, std::string_view prefix) {
  return key.size() >= prefix.size() && key.substr(0, prefix.size()) == prefix;
}

}  // namespace guanxi::store
