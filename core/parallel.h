// parallel_for: runs fn(0) ... fn(n-1) on up to `threads` threads (the calling thread is one
// of them) and returns when all are done. Work is handed out one index at a time, so uneven
// items balance. fn must be safe to call concurrently for different indexes.
#pragma once

#include <cstddef>
#include <functional>

namespace guanxi {

void parallel_for(size_t n, unsigned threads, const std::function<void(size_t)>& fn);

// The number of threads worth using on this machine (at least 1).
unsigned default_threads();

}  // namespace guanxi
