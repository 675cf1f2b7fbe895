// Segmenter: splits a document (a newspaper page, a wire story, a transcript) into articles
// with headline, lead, reporters, date and normalized body text.
//
// How a page is read (each line normalized first, see extract/normalize.h; the line kinds
// are recognized by extract/layout.h):
//   - An article starts at a lead (本报讯, 又讯, 新华社北京1月9日电, 央视网消息（新闻联播）：
//     ...). Its headline is the run of headline-like lines right before the lead (at most
//     five: main headline and sub-headlines); a byline between the headline and the lead is
//     the article's own.
//   - Without a lead, an article starts at headline lines that follow the end of a paragraph
//     or a byline and are followed by an own-line byline and body text (national papers:
//     标题 / 本报记者 某某 / 正文), or at headline lines after a byline followed directly by
//     body text.
//   - A byline on its own line ("记者 某某 通讯员 某某 文图") adds reporters to the article
//     it is in and never cuts it: paragraphs printed after it stay with that article.
//   - Page furniture (running heads, desk credits, web-copy source lines) is dropped; text
//     before the first article that holds body text is an article of its own.
//   - The body: the lead line after the lead and its byline, then the paragraphs; a
//     paragraph that does not end a sentence is joined to the next one (a cut by the
//     layout), unless it is a short sub-heading; "（记者 某某）" closing the last paragraph
//     and a wire story's "（完）" are taken out.
// Known limit: paragraphs printed out of order are kept in page order (Article::origin is
// monotonic by contract).
//
// Thread-safety: a pure function; safe to call concurrently.
#pragma once

#include <vector>

#include "core/document.h"
#include "extract/article.h"

namespace guanxi {

// Never fails: a document with no recognizable lead is one article (headline = first line).
std::vector<Article> segment(const Document& document);

}  // namespace guanxi
