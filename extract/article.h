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
  std::string name;         // "钟晓岚"
  std::string role;         // "记者", "见习记者", "通讯员", "特约记者", "实习生", ...
  std::string affiliation;  // what the byline prints before the role: "郑报全媒体",
                            // "正观新闻·郑州晚报", "本报", or ""
  friend bool operator==(const Reporter&, const Reporter&) = default;
};

struct Article {
  std::string id;        // "<document id>#<n>", n = 1, 2, ... in page order
  std::string doc;       // document id
  std::string headline;  // headline lines (main, then sub-headlines) joined by '\n', normalized
  std::string lead;      // "本报讯", "新华社北京1月9日电", "又讯" ... or "" (normalized)
  std::vector<Reporter> reporters;
  // The desk's credits printed with the article ("责任编辑：某某", "编辑：某某　审核：某某"):
  // lines that are page furniture, not text, but name people.
  std::vector<std::string> editors;
  std::string date;      // publication date, ISO "YYYY-MM-DD", or "" when unknown

  // The body, normalized for matching, lines cut by the layout joined back, paragraphs
  // separated by '\n'. The lead and bylines are not part of it. The canonical form (see
  // extract/normalize.h for the full list; the rules are written against it):
  //   - full-width letters, digits and symbols are half-width ("２０２２" -> "2022");
  //   - Chinese punctuation is full-width: ，；：（）？！ stay full-width, and their
  //     half-width forms , ; : ( ) ? ! become full-width next to a CJK character
  //     ("下午,区域" -> "下午，区域", "县(市)" -> "县（市）"; "1,000" and "10:30" stay);
  //     。、“”《》 are kept as they are;
  //   - U+3000 and other wide spaces are ' ', zero-width characters are dropped;
  //   - traditional characters are simplified (ICU "Traditional-Simplified").
  // A paragraph that ends without sentence-final punctuation (。！？；：” ...) was cut by
  // the layout and is joined to the next one with nothing in between.
  std::string text;
  // origin[i] is the byte offset in Document::text of text[i]; origin.size() == text.size()+1
  // (the last entry is the end of the body). Monotonic non-decreasing.
  std::vector<uint32_t> origin;
};

}  // namespace guanxi
