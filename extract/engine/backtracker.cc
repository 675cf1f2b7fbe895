#include "extract/engine/backtracker.h"

namespace guanxi::engine {

bool Backtracker::search(const Program& prog, Lattice& lattice, size_t from, bool anchored,
                         std::vector<int32_t>* slots) {
  const size_t n = lattice.size();
  if (from > n) return false;
  if (!(last_failed_ && last_program_ == &prog && last_generation_ == lattice.generation())) {
    width_ = prog.insts.size();
    const size_t words = ((n + 1) * width_ + 63) / 64;
    if (visited_.size() < words) visited_.resize(words, 0);
    for (uint32_t w : touched_) visited_[w] = 0;
    touched_.clear();
  }
  last_program_ = &prog;
  last_generation_ = lattice.generation();
  slots->assign(2 * (static_cast<size_t>(prog.groups) + 1), -1);
  last_failed_ = !find(prog, lattice, from, anchored, slots);
  return !last_failed_;
}

bool Backtracker::find(const Program& prog, Lattice& lattice, size_t from, bool anchored,
                       std::vector<int32_t>* slots) {
  const size_t n = lattice.size();
  if (anchored) return try_at(prog, lattice, static_cast<uint32_t>(from), slots);
  // Characters no match can begin with are skipped without a try.
  for (size_t p = from; p <= n; ++p) {
    if (p < n ? prog.may_start_with(lattice[p]) : prog.first_any) {
      if (try_at(prog, lattice, static_cast<uint32_t>(p), slots)) return true;
    }
  }
  return false;
}

bool Backtracker::try_at(const Program& prog, Lattice& lattice, uint32_t start, std::vector<int32_t>* slots) {
  const uint32_t n = static_cast<uint32_t>(lattice.size());
  stack_.clear();
  stack_.push_back({0, static_cast<int32_t>(start), 0});
  while (!stack_.empty()) {
    const Job job = stack_.back();
    stack_.pop_back();
    if (job.p < 0) {
      (*slots)[job.pc] = job.old;
      continue;
    }
    uint32_t pc = job.pc;
    uint32_t p = static_cast<uint32_t>(job.p);
    for (;;) {
      if (!visit(pc, p)) break;
      const Inst& in = prog.insts[pc];
      bool alive = true;
      switch (in.op) {
        case Inst::kChar:
          alive = p < n && lattice[p] == in.x;
          ++pc, ++p;
          break;
        case Inst::kClass:
          alive = p < n && prog.classes[in.x].contains(lattice[p]);
          ++pc, ++p;
          break;
        case Inst::kRepeat:
        case Inst::kLazyRepeat: {
          const CharSet& set = prog.classes[in.x];
          const uint32_t lo = in.y >> 16, hi = in.y & 0xFFFF;
          uint32_t run = 0;
          while (run < hi && p + run < n && set.contains(lattice[p + run])) ++run;
          alive = run >= lo;
          if (!alive) break;
          // The other counts wait on the stack, the first is taken now.
          if (in.op == Inst::kRepeat) {
            for (uint32_t k = lo; k < run; ++k) stack_.push_back({pc + 1, static_cast<int32_t>(p + k), 0});
            p += run;
          } else {
            for (uint32_t k = run; k > lo; --k) stack_.push_back({pc + 1, static_cast<int32_t>(p + k), 0});
            p += lo;
          }
          ++pc;
          break;
        }
        case Inst::kLexicon: {
          const auto ends = lattice.ends(prog.lexicons[in.x], p);
          alive = !ends.empty();
          if (!alive) break;
          for (size_t k = ends.size(); k-- > 1;) stack_.push_back({pc + 1, static_cast<int32_t>(ends[k]), 0});
          ++pc;
          p = ends[0];
          break;
        }
        case Inst::kSplit:
          stack_.push_back({in.y, static_cast<int32_t>(p), 0});
          pc = in.x;
          break;
        case Inst::kJump:
          pc = in.x;
          break;
        case Inst::kSave:
          stack_.push_back({in.x, -1, (*slots)[in.x]});
          (*slots)[in.x] = static_cast<int32_t>(p);
          ++pc;
          break;
        case Inst::kBegin:
          alive = p == 0;
          ++pc;
          break;
        case Inst::kEnd:
          alive = p == n;
          ++pc;
          break;
        case Inst::kMatch:
          return true;
      }
      if (!alive) break;
    }
  }
  return false;
}

}  // namespace guanxi::engine
