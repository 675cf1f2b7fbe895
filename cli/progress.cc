#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace guanxi::cli {

Progress::Progress(std::string what, bool quiet)
    : what_(std::move(what)), quiet_(quiet), tty_(isatty(STDERR_FILENO) != 0) {
  start_ = last_ = std::chrono::steady_clock::now();
}

double Progress::seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::update(uint64_t documents, uint64_t triples, uint64_t bytes) {
  if (quiet_) return;
  const auto now = std::chrono::steady_clock::now();
  const auto interval = tty_ ? std::chrono::milliseconds(250) : std::chrono::milliseconds(10000);
  if (now - last_ < interval) return;
  last_ = now;
  const double s = seconds();
  std::fprintf(stderr, "%s%s: %llu documents, %llu triples, %.1f MB in %.0f s (%.1f MB/s)%s",
               tty_ ? "\r" : "", what_.c_str(), static_cast<unsigned long long>(documents),
               static_cast<unsigned long long>(triples), bytes / 1e6, s,
               s > 0 ? bytes / 1e6 / s : 0.0, tty_ ? "\033[K" : "\n");
  shown_ = true;
}

void Progress::finish() {
  if (shown_ && tty_) std::fprintf(stderr, "\r\033[K");
  shown_ = false;
}

}  // namespace guanxi::cli
