#include "core/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <vector>

namespace guanxi {
namespace {

TEST(ParallelFor, EveryIndexRunsExactlyOnce) {
  for (unsigned threads : {1u, 2u, 8u}) {
    std::vector<std::atomic<int>> hits(1000);
    parallel_for(hits.size(), threads, [&](size_t i) { hits[i]++; });
    for (size_t i = 0; i < hits.size(); ++i) ASSERT_EQ(hits[i].load(), 1) << i << " threads " << threads;
  }
}

TEST(ParallelFor, NothingToDoReturns) {
  int calls = 0;
  parallel_for(0, 4, [&](size_t) { ++calls; });
  EXPECT_EQ(calls, 0);
  EXPECT_GE(default_threads(), 1u);
}

}  // namespace
}  // namespace guanxi
