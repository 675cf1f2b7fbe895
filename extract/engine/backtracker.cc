#include "extract/engine/backtracker.h"

#include <algorithm>

namespace guanxi::engine {

bool Backtracker::search(const Program& prog, Lattice& lattice, size_t from, bool anchored,
                         std::vector<int32_t>* slots) {
  const size_t n = lattice.size();
  if (from > n) return false;
  const bool same = last_failed_ && last_program_ == prog.id && last_generation_ == lattice.generation() &&
                    width_ == prog.insts.size() && visited_.size() >= (n + 1) * width_;
  if (!same) {
    width_ = prog.insts.size();
    if (visited_.size() < (n + 1) * width_) visited_.resize((n + 1) * width_, 0);
    if (++stamp_ == 0) {  // wrapped: no old mark may equal the new stamp
      std::fill(visited_.begin(), visited_.end(), 0);
      stamp_ = 1;
    }
  }
  last_program_ = prog.id;
  last_generation_ = lattice.generation();
  slots->assign(2 * (static_cast<size_t>(prog.groups) + 1), -1);
  last_failed_ = !find(prog, lattice, from, anchored, slots);
  return !last_failed_;
}

bool Backtracker::find(const Program& prog, Lattice& lattice, size_t from, bool anchored,
                       std::vector<int32_t>* slots) {
  const size_t n = lattice.size();
  // Characters no match can begin with are skipped without a try.
  auto may_start = [&](size_t p) { return prog.may_start_at(p, n, p < n ? lattice[p] : 0); };
  if (anchored) return may_start(from) && try_at(prog, lattice, static_cast<uint32_t>(from), slots);
  for (size_t p = from; p <= n; ++p) {
    if (may_start(p)) {
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
    if (pc & kResume) {  // the next count of a repeat that began at p
      pc &= ~kResume;
      const Inst& in = prog.insts[pc];
      const uint32_t k = static_cast<uint32_t>(job.old);
      if (in.op == Inst::kLazyRepeat) {  // one more character, if the class has it
        if (k > (in.y & 0xFFFF) || p + k > n || !prog.classes[in.x].contains(lattice[p + k - 1])) continue;
        stack_.push_back({pc | kResume, job.p, static_cast<int32_t>(k + 1)});
      } else if (k > (in.y >> 16)) {  // greedy: one fewer, all already checked
        stack_.push_back({pc | kResume, job.p, static_cast<int32_t>(k - 1)});
      }
      pc += 1;
      p += k;
    }
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
          // The first count is taken now; the next one waits on the stack as one job that
          // pushes the one after it when it is taken (so a count is paid for only if tried).
          const CharSet& set = prog.classes[in.x];
          const uint32_t lo = in.y >> 16, hi = in.y & 0xFFFF;
          uint32_t run = 0;
          const uint32_t need = in.op == Inst::kRepeat ? hi : lo;
          while (run < need && p + run < n && set.contains(lattice[p + run])) ++run;
          alive = run >= lo;
          if (!alive) break;
          if (in.op == Inst::kRepeat) {
            if (run > lo) stack_.push_back({pc | kResume, static_cast<int32_t>(p), static_cast<int32_t>(run - 1)});
          } else {
            if (lo < hi) stack_.push_back({pc | kResume, static_cast<int32_t>(p), static_cast<int32_t>(lo + 1)});
          }
          ++pc;
          p += run;
          break;
        }
        case Inst::kLexicon: {
          if (p >= n || !prog.may_begin(pc, lattice[p])) {
            alive = false;
            break;
          }
          const auto ends = lattice.ends(prog.lexicons[in.x], p);
          alive = !ends.empty();
          if (!alive) break;
          for (size_t k = ends.size(); k-- > 1;) stack_.push_back({pc + 1, static_cast<int32_t>(ends[k]), 0});
          ++pc;
          p = ends[0];
          break;
        }
        case Inst::kSplit: {
          // A branch that cannot consume this character first is not taken (Program::may_begin).
          const bool end = p >= n;
          const char32_t c = end ? 0 : lattice[p];
          if (end || prog.may_begin(in.y, c)) stack_.push_back({in.y, static_cast<int32_t>(p), 0});
          alive = end || prog.may_begin(in.x, c);
          pc = in.x;
          break;
        }
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
