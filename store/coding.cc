#include "store/coding.h"

namespace guanxi::store {

void put_fixed64(std::string& out, uint64_t v) {
  char buf[8];
  for (int i = 7; i >= 0; --i) {
    buf[i] = static_cast<char>(v & 0xff);
    v >>= 8;
  }
  out.append(buf, 8);
}

void put_fixed32(std::string& out, uint32_t v) {
  char buf[4];
  for (int i = 3; i >= 0; --i) {
    buf[i] = static_cast<char>(v & 0xff);
    v >>= 8;
  }
  out.append(buf, 4);
}

uint64_t get_fixed64(const char* p) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | static_cast<unsigned char>(p[i]);
  return v;
}

uint32_t get_fixed32(const char* p) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(p[i]);
  return v;
}

void put_varint64(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7f) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

bool get_varint64(std::string_view* in, uint64_t* v) {
  uint64_t result = 0;
  for (unsigned shift = 0, i = 0; shift <= 63 && i < in->size(); shift += 7, ++i) {
    const auto byte = static_cast<unsigned char>((*in)[i]);
    result |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) {
      *v = result;
      in->remove_prefix(i + 1);
      return true;
    }
  }
  return false;
}

void put_length_prefixed(std::string& out, std::string_view s) {
  put_varint64(out, s.size());
  out.append(s.data(), s.size());
}

bool get_length_prefixed(std::string_view* in, std::string_view* s) {
  uint64_t n = 0;
  if (!get_varint64(in, &n) || n > in->size()) return false;
  *s = in->substr(0, n);
  in->remove_prefix(n);
  return true;
}

bool get_length_prefixed(std::string_view* in, std::string* s) {
  std::string_view v;
  if (!get_length_prefixed(in, &v)) return false;
  s->assign(v.data(), v.size());
  return true;
}

namespace {
std::string three(TermId a, TermId b, TermId c) {
  std::string k;
  k.reserve(kTripleKeySize);
  put_fixed64(k, a);
  put_fixed64(k, b);
  put_fixed64(k, c);
  return k;
}
}  // namespace

std::string spo_key(const TripleIds& t) { return three(t.s, t.p, t.o); }
std::string pos_key(const TripleIds& t) { return three(t.p, t.o, t.s); }
std::string osp_key(const TripleIds& t) { return three(t.o, t.s, t.p); }

TripleIds from_spo_key(std::string_view k) {
  return {get_fixed64(k.data()), get_fixed64(k.data() + 8), get_fixed64(k.data() + 16)};
}
TripleIds from_pos_key(std::string_view k) {
  return {get_fixed64(k.data() + 16), get_fixed64(k.data()), get_fixed64(k.data() + 8)};
}
TripleIds from_osp_key(std::string_view k) {
  return {get_fixed64(k.data() + 8), get_fixed64(k.data() + 16), get_fixed64(k.data())};
}

std::string prov_key(const TripleIds& t, uint64_t doc_number, uint64_t begin, uint32_t ordinal) {
  std::string k;
  k.reserve(kProvKeySize);
  put_fixed64(k, t.s);
  put_fixed64(k, t.p);
  put_fixed64(k, t.o);
  put_fixed64(k, doc_number);
  put_fixed64(k, begin);
  put_fixed32(k, ordinal);
  return k;
}

namespace {
void write_fixed64(char* p, uint64_t v) {
  for (int i = 7; i >= 0; --i) {
    p[i] = static_cast<char>(v & 0xff);
    v >>= 8;
  }
}
}  // namespace

void write_pos_key(const TripleIds& t, char* out) {
  write_fixed64(out, t.p);
  write_fixed64(out + 8, t.o);
  write_fixed64(out + 16, t.s);
}

void write_osp_key(const TripleIds& t, char* out) {
  write_fixed64(out, t.o);
  write_fixed64(out + 8, t.s);
  write_fixed64(out + 16, t.p);
}

void write_prov_key(const TripleIds& t, uint64_t doc_number, uint64_t begin, uint32_t ordinal, char* out) {
  write_fixed64(out, t.s);
  write_fixed64(out + 8, t.p);
  write_fixed64(out + 16, t.o);
  write_fixed64(out + 24, doc_number);
  write_fixed64(out + 32, begin);
  for (int i = 3; i >= 0; --i) {
    out[40 + i] = static_cast<char>(ordinal & 0xff);
    ordinal >>= 8;
  }
}

std::string id_prefix(TermId a) {
  std::string k;
  put_fixed64(k, a);
  return k;
}

std::string id_prefix(TermId a, TermId b) {
  std::string k;
  put_fixed64(k, a);
  put_fixed64(k, b);
  return k;
}

}  // namespace guanxi::store
