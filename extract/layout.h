// Layout: what the lines of a newspaper page are. Recognizes, on one normalized line
// (see extract/normalize.h), a lead ("本报讯", "又讯", "新华社北京1月9日电",
// "据新华社北京电", "本报北京2月24日电", "央视网消息（新闻联播）：", "【环球时报报道】")
// with the byline after it (in parentheses, or bare: "本报讯 记者 某某 报道："), a byline
// printed on its own line ("记者 陈某 通讯员 李某 文图", "（记者郑某）", "□本报记者 某某"),
// page furniture, a headline, and the end of a paragraph.
//
// The segmenter (extract/segmenter.h) puts these together into articles. All functions are
// pure and thread-safe; none fails: a line that is not a lead or byline gives nullopt.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/article.h"

namespace guanxi {

struct LeadMatch {
  std::string lead;                // "本报讯", "新华社北京1月9日电", "央视网消息（新闻联播）"
  std::vector<Reporter> reporters; // from "(记者 X Y)" right after the lead
  size_t body_begin = 0;           // byte in the line where the body text starts
};

// A lead at the start of `line` (a trimmed, normalized line).
std::optional<LeadMatch> match_lead(std::string_view line);

// The reporters of a byline's text: "正观新闻·郑州晚报记者 陈某 孙某",
// "记者 陈某 通讯员 李某 文图", "记者郑某", "郑报全媒体记者 赵某、王某". Names are
// separated by spaces, '、' or '，'; a role applies to the names after it. nullopt when
// some token is neither a role, a name, nor a credit word (文图, 摄, 报道 ...), or when no
// name is found.
std::optional<std::vector<Reporter>> parse_byline(std::string_view text);

// A whole line that is a byline (optionally in parentheses): its reporters, or nullopt.
std::optional<std::vector<Reporter>> match_byline_line(std::string_view line);

// A line that can be (part of) a headline: short (at most 64 characters), not ending with
// sentence-final punctuation, no '。' and at most one '，'.
bool looks_like_headline(std::string_view line);

// Page furniture: the paper's running head ("清河日报 2023年3月16日 星期四 第2版", "A03版"),
// the desk's credits ("责任编辑：某某", "校对 某某", "美编 某某"), jump lines ("（上接第一版）")
// and web-copy lines ("【纠错】【责任编辑：某某】", "来源：清河日报"). Not part of any article.
bool is_page_furniture(std::string_view line);

// True when `paragraph` ends with sentence-final punctuation (。！？!?；;：:…”’」』 or
// "（完）"); a paragraph that does not was cut by the layout.
bool ends_paragraph(std::string_view paragraph);

// Trims spaces (ASCII, U+3000 and the other wide spaces) from both ends.
std::string_view trim_spaces(std::string_view s);

}  // namespace guanxi
