// Article: one news item cut out of a document (a page holds several), ready for the rules.
//
// The reader owns the split; the rule engine reads `text` (normalized for matching) and maps
// every match back to the document's own bytes through `origin`, so evidence is always shown
// as the paper printed it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace guanxi {

// A half-open byte range [begin, end) in some string named by the context.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

struct Reporter {
  std::string name;  // "陈锋"
  std::string role;  // "记者", "见习记者", "通讯员", ... ("" when the byline gives none)
};

struct Article {
  std::string id;        // "<document id>#<n>", n = 1, 2, ... in page order
  std::string doc;       // document id
  std::string headline;  // headline lines (main, then sub-headlines) joined by '\n', normalized
  std::string lead;      // "本报讯", "新华社北京1月9日电", "又讯" ... or "" (normalized)
  std::vector<Reporter> reporters;
  std::string date;      // publication date, ISO "YYYY-MM-DD", or "" when unknown

  // The body, normalized for matching (full-width ASCII folded to half-width, traditional
  // characters to simplified), lines cut by the layout joined back, paragraphs separated
  // by '\n'. The lead and byline are not part of it.
  std::string text;
  // origin[i] is the byte offset in Document::text of text[i]; origin.size() == text.size()+1
  // (the last entry is the end of the body). Monotonic non-decreasing.
  std::vector<uint32_t> origin;
};

}  // namespace guanxi
