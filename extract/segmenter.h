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
//   - Pages without leads (county releases, web copies of TV items): headline lines after
//     the end of a paragraph, a byline or the page's start, followed by text that opens a
//     story with its day ("县政府召开常务会议 / 3月16日下午，……", also after "主持人："), start
//     an article; a section opening otherwise ("近年来，") keeps a sub-heading in its article.
//   - A commentary: headline lines, a column line ("本报评论员", "评论员 某某", "短评", "社论"),
//     then the body, is an article of its own like the national-paper layout above.
//   - TV news transcripts (a station masthead "【临川新闻联播】"/"（青州新闻联播）" in the first
//     lines, or "本台…" / "【同期声】" anywhere): the masthead and the rundown after it
//     (bulleted or numbered lines, "今天节目的主要内容有：") are page furniture; a "【…】" line
//     followed by text is an item's heading and opens an article whose headline is the text
//     inside the brackets; caption markers ("【同期声】", "【现场声】") stay in the text. The
//     masthead may be a title and a date ("《新闻联播》 20261105", "青岭新闻 2025年5月6日");
//     the rundown may open with "【本期导视】". On any page, "[视频]标题" ("【视频】", "（视频）") followed by text is an
//     item's heading too (headline without the marker). A stand-up "总台记者 某某：……" (also
//     "本台记者 某某：", "记者 某某：", after a caption marker "（出镜）本台记者 某某：") makes 某某
//     a reporter of the item; the line stays text.
//   - Items with their own headline inside a page: a bulleted line ("●分组讨论报告",
//     "▲区长某某察看老旧小区改造") after the end of a paragraph and followed by the item's
//     text, or a "【…】" line followed by text that opens a story with its day, opens an
//     article of its own (headline without the bullet or brackets), so 他/她 and the events in
//     it are that item's. A bulleted line followed by a section's opening ("近年来，") stays a
//     sub-heading, and a run of bullets (a contents box) opens nothing.
//   - Transcripts are also known by caption markers in parentheses ("（同期声）", "（口播）",
//     "（主持人口播）") or a "【导视】" near the top; a masthead may end with "文字稿"; the host's
//     greeting ("各位观众，晚上好！……主要内容：") and "——" lines belong to the rundown.
//   - A byline on its own line ("记者 某某 通讯员 某某 文图") adds reporters to the article
//     it is in and never cuts it: paragraphs printed after it stay with that article. A
//     byline closing a page of items without leads (a WeChat release's "记者：某某 通讯员：某某")
//     or a page credit ("本版摄影：本报记者 某某") also credits every article naming no reporter.
//   - Page furniture (running heads, desk credits, web-copy source lines, breadcrumbs and
//     metadata, see is_page_furniture) is dropped and never part of a headline; text
//     before the first article that holds body text is an article of its own (its headline
//     is its first line after the furniture).
//   - Reporters' names are kept as printed (traditional characters stay traditional); the
//     headline, lead and text are normalized.
//   - The body: the lead line after the lead and its byline, then the paragraphs; a
//     paragraph that does not end a sentence is joined to the next one (a cut by the
//     layout), unless it is a short sub-heading (numbered, bracketed, or a short line
//     followed by a section's opening: "坚持项目为王 / 近年来，……") or a bulleted line
//     ("◆……"); "（记者 某某）" closing the last paragraph and a wire story's "（完）" are
//     taken out.
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
