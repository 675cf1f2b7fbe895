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
#include <cstdint>
#include <vector>

#include "extract/article.h"

namespace guanxi {

// Where a normalized text came from, so reporters' names are kept as the paper printed
// them (traditional characters stay traditional) while everything else matches the
// normalized form. `origin` has normalized.size() + 1 entries, offsets into `original`.
struct PrintedText {
  std::string_view normalized;
  const std::vector<uint32_t>* origin = nullptr;
  std::string_view original;
  // The printed form of `piece`, a view into `normalized`; `piece` itself otherwise.
  std::string of(std::string_view piece) const;
  // True when `piece` was printed differently (e.g. in traditional characters).
  bool differs(std::string_view piece) const;
};

struct LeadMatch {
  std::string lead;                // "本报讯", "新华社北京1月9日电", "央视网消息（新闻联播）"
  std::vector<Reporter> reporters; // from "(记者 X Y)" right after the lead
  size_t body_begin = 0;           // byte in the line where the body text starts
};

// A lead at the start of `line` (a trimmed, normalized line). Besides the leads above:
// "【本报讯】", "【大公报讯】" (a paper's own 讯/专讯 in brackets, optionally followed by a
// byline: "【本報訊】（記者 某某 灣仔報道）", "【某報訊】記者某某報道："), "本台消息",
// "本台记者报道：", a byline that is the lead ("本报记者某某报道：……": lead "本报记者某某报道";
// in brackets, "【本報記者 某某報道】", its names are the reporters), a paper's own dateline
// with 讯 ("本报赣州5月2日讯（记者某某）", "本报北京讯"),
// "香港文汇报讯（记者 某某）" (the same mark without brackets, followed by a byline in
// parentheses, a space or a colon), "〔记者某某/台北报导〕" (Taiwan: the byline in its
// brackets is the lead, lead "记者某某/台北报导"), and the agency-reporter dateline
// "中央社记者某某台北22日电" (reporter 某某; the name is taken as 3 characters when name
// and place together have 5 or more, else 2), and a TV rundown's item "07:02 【要闻】……"
// (a time, a section of up to 6 characters in 【】, then text). When `printed` is given and `line` is a view
// into printed->normalized, reporters' names are the printed form.
std::optional<LeadMatch> match_lead(std::string_view line, const PrintedText* printed = nullptr);

// The reporters of a byline's text: "正观新闻·郑州晚报记者 陈某 孙某",
// "记者 陈某 通讯员 李某 文图", "记者郑某", "郑报全媒体记者 赵某、王某". Names are
// separated by spaces, '、', '，' or a colon ("记者：钱某 通讯员：吴某"); a role applies to
// the names after it (also glued: "记者冯某 摄"). nullopt when some token is neither a
// role, a name, nor a credit word (文图, 摄, 报道 ...), or when no name is found. A last
// token "<place>报道" ("（記者 麥某 灣仔報道）", also Taiwan's "報導") is a credit, not a
// name, when the byline is printed in traditional characters, the place ends like one (市,
// 县, 区, 镇 ...) or is one reporters file from (北京, 广州, 台北 ...). A place glued to the
// name is a credit too: "记者骆某广州报道", "記者溫某／台北報導" give 骆某, 溫某; so is
// "发自北京" ("记者 韦某 发自北京", "记者尤某发自广州"). A page's photo credit names the desk
// first ("本版摄影：本报记者 某某", "本版图片：记者 某某"); "摄像" credits a camera operator
// ("（记者 某某 摄像 某某）"). A desk's credit after the writers ("供稿：某街道 编辑：某某
// 审核：某某") ends the byline: who follows edited the piece and is no reporter.
std::optional<std::vector<Reporter>> parse_byline(std::string_view text,
                                                  const PrintedText* printed = nullptr);

// A whole line that is a byline (optionally in parentheses): its reporters, or nullopt.
// Lines that credit a desk or a column and name nobody give an empty list: "本报评论员",
// "短评", "社论", "本台记者报道。"; "评论员 某某" gives 某某 with role 评论员.
std::optional<std::vector<Reporter>> match_byline_line(std::string_view line,
                                                       const PrintedText* printed = nullptr);

// A line that can be (part of) a headline: short (at most 64 characters), not ending with
// sentence-final punctuation other than ！？ and closing quotes (” 」 』), no '。' and at most one '，'.
bool looks_like_headline(std::string_view line);

// Page furniture: the paper's running head ("清河日报 2023年3月16日 星期四 第2版", "A03版"),
// the desk's credits ("责任编辑：某某", "编辑：某某", "校对 某某", "美编 某某"), jump lines ("（上接第一版）")
// and web-copy lines ("【纠错】【责任编辑：某某】", "来源：清河日报"): a web page's breadcrumb
// ("首页 > 新闻中心 > 本地要闻", "新华网 > 时政 > 正文"), its metadata ("发布日期：2026-03-18
// 来源：某某", "2026-09-20 21:36:08 来源：新华社", "浏览次数：12", "字号：大 中 小",
// "【打印】【关闭】", "原标题：……", "上一篇：……") and the site's name ("某某县人民政府门户网站");
// a WeChat article's header ("某某发布 2026-05-18 19:42 发表于浙江"); a running head with a
// page code instead of 版 ("清河晚报 2027年1月9日 A03 要闻").
// Not part of any article.
bool is_page_furniture(std::string_view line);

// Nothing but a date (and spaces, a weekday): " 2024年4月8日", " 20261105", "星期一".
bool is_date_tail(std::string_view rest);

// The people a desk-credit furniture line names ("责任编辑：某某", "编辑：某某　审核：某某",
// "（责任编辑 某某）"): names of 2 to 4 Han characters (or with a middle dot) after a desk
// role; empty for any other line.
std::vector<std::string> editor_names(std::string_view line);

// A byline closing a paragraph: "……召开。（记者 某某）", "……【记者：某某】", "〔记者某某/台北报导〕",
// a photo caption's credit "图为……。记者某某 摄", "……会面。 大公报记者某某摄". `begin` is where
// it starts in `paragraph`.
struct TrailingByline {
  size_t begin = 0;
  std::vector<Reporter> reporters;
};
std::optional<TrailingByline> trailing_byline(std::string_view paragraph,
                                              const PrintedText* printed = nullptr);

// True when `paragraph` ends with sentence-final punctuation (。！？!?；;：:…”’」』 or
// "（完）"), a byline in brackets ("……。（记者 某某）") or a photo credit ("……。记者某某
// 摄"); a paragraph that does not was cut by the layout.
bool ends_paragraph(std::string_view paragraph);

// Trims spaces (ASCII, U+3000 and the other wide spaces) from both ends.
std::string_view trim_spaces(std::string_view s);

// Number of UTF-8 characters in `s`.
size_t count_chars(std::string_view s);

}  // namespace guanxi
