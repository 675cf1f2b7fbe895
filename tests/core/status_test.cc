#include "core/status.h"

#include <gtest/gtest.h>

namespace guanxi {
namespace {

Result<int> half(int x) {
  if (x % 2) return Status::InvalidArgument("odd: " + std::to_string(x));
  return x / 2;
}

Result<int> quarter(int x) {
  GUANXI_ASSIGN_OR_RETURN(int h, half(x));
  GUANXI_ASSIGN_OR_RETURN(int q, half(h));
  return q;
}

Status check_even(int x) {
  GUANXI_RETURN_IF_ERROR(half(x).status());
  return Status::Ok();
}

TEST(Status, OkAndErrorsCarryCodeAndMessage) {
  EXPECT_TRUE(Status::Ok().ok());
  EXPECT_EQ(Status::Ok().to_string(), "OK");
  Status s = Status::NotFound("no such file: a.txt");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_EQ(s.to_string(), "NotFound: no such file: a.txt");
}

TEST(Result, ValueOrStatusPropagate) {
  EXPECT_EQ(*quarter(8), 2);
  Result<int> r = quarter(6);  // 6 -> 3 -> odd
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().message(), "odd: 3");
  EXPECT_TRUE(check_even(4).ok());
  EXPECT_EQ(check_even(5).message(), "odd: 5");
}

TEST(Result, BuiltFromOkStatusIsAnInternalError) {
  Result<int> r{Status::Ok()};
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInternal);
}

}  // namespace
}  // namespace guanxi
