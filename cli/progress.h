// Progress of a long run on standard error: a line rewritten in place on a terminal, a line
// every ten seconds otherwise (logs), nothing when quiet. Not thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace guanxi::cli {

class Progress {
 public:
  Progress(std::string what, bool quiet);
  // Reports the counters if enough time has passed since the last report.
  void update(uint64_t documents, uint64_t triples, uint64_t bytes);
  // Clears the in-place line (call before printing the summary).
  void finish();
  double seconds() const;

 private:
  std::string what_;
  bool quiet_;
  bool tty_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace guanxi::cli
