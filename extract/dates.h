// Dates as Chinese news writes them: "2022年8月23日", "8月23日下午", "24日", "昨日"/"昨天"/
// "今天", "1月13日至15日", "日前"/"近日", resolved against the publication date.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/article.h"

namespace guanxi {

struct DateMention {
  Span span;              // in the searched text
  std::string written;    // as written ("8月23日下午")
  std::string iso;        // "2022-08-23" when resolved (first day of a range), else ""
};

// Resolves one expression against `publication_date` (ISO, or "" when unknown). A January
// paper's "12月30日" is last year. Returns nullopt when it cannot be resolved: vague words
// (日前, 近日), or a relative date without a publication date.
std::optional<std::string> resolve_date(std::string_view expression,
                                        std::string_view publication_date);

// Every date expression in `text` (normalized article text), in order.
std::vector<DateMention> find_dates(std::string_view text, std::string_view publication_date);

}  // namespace guanxi
