#include "extract/segmenter.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "extract/layout.h"
#include "extract/normalize.h"

namespace guanxi {

namespace {

constexpr size_t kMaxHeadlineLines = 5;
// A story without a lead on a page of short items (简讯) may have a headline of 4 characters
// ("项目签约", "会见客商"): its context (a paragraph ends before it, a day opens the text
// after it) is what makes it one.
constexpr size_t kMinStoryHeadlineChars = 4;

enum class Kind { kText, kLead, kByline, kFurniture };

struct Line {
  uint32_t begin = 0;  // trimmed, in the normalized text
  uint32_t end = 0;
  Kind kind = Kind::kText;
  bool headline_like = false;
  // A TV transcript's item heading "【市委常委会召开会议】": the headline of the item it opens;
  // [heading_begin, heading_end) is the text inside the brackets.
  bool item_heading = false;
  uint32_t heading_begin = 0, heading_end = 0;
  // A transcript's anchor paragraph ("【口播】国家主席某某3日……") on a page that reads several:
  // each opens an item of its own, without a headline.
  bool anchor_item = false;
  LeadMatch lead;                  // kLead
  std::vector<Reporter> reporters; // kByline
};

// The normalized page: text, origin map into Document::text, and its non-empty lines.
struct Page {
  std::string text;
  std::vector<uint32_t> origin;  // text.size() + 1 entries
  std::vector<Line> lines;
};

// "◆市委常委会召开会议", "●……", "▲……", "-……": a bulleted line (a rundown's item).
bool starts_with_bullet(std::string_view line) {
  for (std::string_view bullet : {"●", "·", "•", "○", "◆", "◇", "▲", "△", "■", "□", "★", "☆", "▶", "►", "-", "—"}) {
    if (line.starts_with(bullet)) return true;
  }
  return false;
}

// "【临川新闻联播】", "（青州新闻联播）", "临川新闻联播 2024年4月8日": a TV station's masthead or
// programme name line.
bool is_programme_name(std::string_view name) {
  for (std::string_view w : {"新闻联播", "联播", "新闻", "新闻30分", "新闻直通车", "电视新闻"}) {
    if (name.ends_with(w)) return true;
  }
  return name.find("电视台") != std::string_view::npos || name.find("广播电视") != std::string_view::npos;
}

bool is_masthead(std::string_view line) {
  std::string_view inner;
  // "青州新闻 2026年7月6日 文字稿": a web copy of the programme says what it is after the date.
  for (std::string_view copy : {"文字稿", "文字版", "文稿", "全文", "完整版", "文字实录"}) {
    if (line.ends_with(copy) && line.size() > copy.size()) {
      line = trim_spaces(line.substr(0, line.size() - copy.size()));
      break;
    }
  }
  if (const size_t p = line.find("新闻联播"); p != std::string_view::npos && !line.starts_with("【") &&
                                              !line.starts_with("（") && !line.starts_with("(") &&
                                              !line.starts_with("《")) {
    // Unbracketed: the programme's name, then at most a date ("2024年4月8日", "星期一").
    return is_date_tail(line.substr(p + std::string_view("新闻联播").size())) && p <= 8 * 3;
  }
  // "青岭新闻 2025年5月6日": another programme's name, a space, then its date.
  if (const size_t sp = line.find(' '); sp != std::string_view::npos && sp <= 10 * 3) {
    const std::string_view rest = line.substr(sp);
    if (rest.find_first_of("0123456789") != std::string_view::npos && is_date_tail(rest) &&
        is_programme_name(line.substr(0, sp))) {
      return true;
    }
  }
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"【", "】"}, {"（", "）"}, {"(", ")"}}) {
    if (line.starts_with(open) && line.ends_with(close) && line.size() > open.size() + close.size()) {
      inner = line.substr(open.size(), line.size() - open.size() - close.size());
    }
  }
  // "《新闻联播》 20261105", "《临川新闻》 2024年4月8日": the programme's title, then a date.
  if (line.starts_with("《")) {
    const size_t close = line.find("》");
    if (close == std::string_view::npos || !is_date_tail(line.substr(close + std::string_view("》").size()))) {
      return false;
    }
    inner = line.substr(3, close - 3);
  }
  return !inner.empty() && count_chars(inner) <= 16 && is_programme_name(inner);
}

// "【同期声】", "【现场声】", "【画外音】": what a transcript marks in its text; never a headline.
bool is_caption_marker(std::string_view inner) {
  for (std::string_view w : {"同期声", "同期", "现场声", "现场", "画外音", "解说", "解说词", "字幕", "采访",
                             "主持人", "口播", "导语", "正文", "出镜", "串场", "配音", "音乐", "记者"}) {
    if (inner == w) return true;
  }
  return inner.starts_with("同期") || inner.starts_with("现场") || inner.starts_with("采访");
}

// "（同期声）", "（解说）", "（口播）", "(出镜)" opening a line of a transcript: the marker's
// length, or 0.
size_t caption_marker_length(std::string_view line) {
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}, {"【", "】"}}) {
    if (!line.starts_with(open)) continue;
    const size_t end = line.find(close);
    if (end == std::string_view::npos || end > 8 * 3) return 0;
    std::string_view inner = line.substr(open.size(), end - open.size());
    // "（主持人口播）": who speaks, then how.
    if (inner.starts_with("主持人") && inner.size() > std::string_view("主持人").size()) inner.remove_prefix(9);
    return is_caption_marker(inner) ? end + close.size() : 0;
  }
  return 0;
}

// "【口播】……", "（主持人口播）……": a paragraph the anchor reads.
bool is_anchor_reading(std::string_view line) {
  const size_t marker = caption_marker_length(line);
  return marker > 0 && line.substr(0, marker).find("口播") != std::string_view::npos;
}

// "各位观众，晚上好！……首先为您介绍今天节目的主要内容：": the host's greeting that opens a
// rundown.
bool is_rundown_greeting(std::string_view line) {
  if (count_chars(line) > 100) return false;
  for (std::string_view w : {"各位观众", "观众朋友", "欢迎收看", "主要内容", "本期节目"}) {
    if (line.find(w) != std::string_view::npos) return line.ends_with("：") || line.ends_with(":");
  }
  return false;
}

// "今天节目的主要内容有：", "●市委常委会召开会议", "1. 青州新区……": a transcript's rundown.
bool is_rundown_intro(std::string_view line) {
  if (line.starts_with("【") && line.ends_with("】")) line = line.substr(3, line.size() - 6);
  if (count_chars(line) > 20) return false;
  for (std::string_view w : {"导视", "内容提要", "提要", "导读", "要目", "看点", "今日关注", "主要内容"}) {
    if (line.ends_with(w)) return true;
  }
  return false;
}

bool is_rundown_line(std::string_view line) {
  if (is_rundown_intro(line)) return true;
  if (line.find("主要内容") != std::string_view::npos || line.starts_with("内容提要")) {
    return count_chars(line) <= 20 && (line.ends_with("：") || line.ends_with(":") || line.ends_with("主要内容"));
  }
  if (count_chars(line) > 40 || line.find("。") != std::string_view::npos) return false;
  if (starts_with_bullet(line)) return true;
  size_t i = 0;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
  if (i == 0 || i > 2) return false;
  const std::string_view rest = line.substr(i);
  return rest.starts_with(".") || rest.starts_with("、") || rest.starts_with("．") || rest.starts_with("）") ||
         rest.starts_with(")");
}

// TV transcripts: the masthead and the rundown are page furniture; "【…】" lines are the
// headings of the items (caption markers excepted); on a page that reads two or more anchor
// paragraphs ("【口播】……"), each opens an item without a headline.
void mark_transcript(Page& page) {
  const std::string_view t = page.text;
  std::vector<Line>& lines = page.lines;
  bool transcript = false;
  size_t rundown = 0;  // where a rundown may start
  for (size_t k = 0; k < lines.size() && k < 3; ++k) {
    if (lines[k].kind != Kind::kText && lines[k].kind != Kind::kFurniture) break;
    const std::string_view line = t.substr(lines[k].begin, lines[k].end - lines[k].begin);
    if (is_masthead(line)) {
      lines[k].kind = Kind::kFurniture;
      lines[k].headline_like = false;
      transcript = true;
      rundown = k + 1;
      break;
    }
  }
  for (size_t k = 0; k < lines.size() && !transcript; ++k) {
    const std::string_view line = t.substr(lines[k].begin, lines[k].end - lines[k].begin);
    transcript = line.starts_with("本台") || line.starts_with("【同期") || line.starts_with("【现场") ||
                 caption_marker_length(line) > 0 || (k < 3 && line.starts_with("【") && is_rundown_intro(line));
  }
  if (!transcript) return;
  // Without a masthead, a rundown may still open the page ("今天节目主要内容：").
  bool greeted = false;  // a greeting already taken for furniture (it names the day) opens it
  for (size_t k = rundown; k < lines.size() && k < rundown + 3 && rundown == 0; ++k) {
    const std::string_view line = t.substr(lines[k].begin, lines[k].end - lines[k].begin);
    if (lines[k].kind == Kind::kFurniture && is_rundown_greeting(line)) {
      rundown = k + 1;
      greeted = true;
      break;
    }
    if (lines[k].kind == Kind::kText &&
        (((line.find("主要内容") != std::string_view::npos || is_rundown_intro(line)) && is_rundown_line(line)) ||
         is_rundown_greeting(line))) {
      rundown = k;
      break;
    }
  }
  if (rundown < lines.size() && lines[rundown].kind == Kind::kText) {
    const std::string_view first = t.substr(lines[rundown].begin, lines[rundown].end - lines[rundown].begin);
    const bool intro = greeted || first.find("主要内容") != std::string_view::npos || is_rundown_intro(first) ||
                       is_rundown_greeting(first);
    size_t k = rundown;
    std::vector<size_t> items;
    while (k < lines.size() && lines[k].kind == Kind::kText) {
      const std::string_view line = t.substr(lines[k].begin, lines[k].end - lines[k].begin);
      // "【导视】 / 各位观众，晚上好！……主要内容： / ——……": the greeting goes with the rundown.
      if (!is_rundown_line(line) && !(intro && items.size() <= 1 && is_rundown_greeting(line))) break;
      items.push_back(k++);
    }
    // A rundown is an intro line or at least two bullets.
    if (intro || items.size() >= 2) {
      for (size_t i : items) {
        lines[i].kind = Kind::kFurniture;
        lines[i].headline_like = false;
      }
    }
  }
  // Anchor paragraphs: a rundown of several items reads one each.
  std::vector<size_t> anchors;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].kind != Kind::kText) continue;
    const std::string_view line = t.substr(lines[k].begin, lines[k].end - lines[k].begin);
    if (is_anchor_reading(line) && count_chars(line) > 20) anchors.push_back(k);
  }
  if (anchors.size() >= 2) {
    for (size_t k : anchors) lines[k].anchor_item = true;
  }
  for (Line& l : lines) {
    if (l.kind != Kind::kText) continue;
    const std::string_view line = t.substr(l.begin, l.end - l.begin);
    if (!line.starts_with("【") || !line.ends_with("】")) continue;
    const std::string_view inner = trim_spaces(line.substr(3, line.size() - 6));
    if (inner.empty() || count_chars(inner) > 40 || inner.find("【") != std::string_view::npos) continue;
    if (is_caption_marker(inner)) {
      l.headline_like = false;
      continue;
    }
    l.item_heading = true;
    l.headline_like = true;
    l.heading_begin = static_cast<uint32_t>(inner.data() - t.data());
    l.heading_end = static_cast<uint32_t>(l.heading_begin + inner.size());
  }
}

// "[视频]", "【视频】", "（视频）", "视频|" opening a headline ("[视频]市委常委会召开会议"), as programme
// pages and web copies of TV news mark their items: the marker's length, or 0 (also when
// what follows is no headline).
size_t video_marker(std::string_view line) {
  for (std::string_view marker :
       {"[视频]", "【视频】", "（视频）", "(视频)", "【视频新闻】", "[视频新闻]", "视频|", "视频丨"}) {
    if (!line.starts_with(marker)) continue;
    const std::string_view rest = trim_spaces(line.substr(marker.size()));
    return !rest.empty() && looks_like_headline(rest) ? marker.size() : 0;
  }
  return 0;
}

std::string_view line_text(const Page& page, const Line& line) {
  return std::string_view(page.text).substr(line.begin, line.end - line.begin);
}

bool opens_story(std::string_view text);
bool opens_section(std::string_view text);
bool is_story_headline(std::string_view line, size_t min_chars);

// The bullet a bulleted line opens with ("●", "▲", "◆" ... but not a dash, which also
// opens a sub-headline "——记某某同志"): its length, or 0.
size_t item_bullet(std::string_view line) {
  for (std::string_view bullet : {"●", "•", "○", "◆", "◇", "▲", "△", "■", "□", "★", "☆", "▶", "►", "◎"}) {
    if (line.starts_with(bullet)) return bullet.size();
  }
  return 0;
}

// Items with their own headline on any page: a bulleted headline ("●分组讨论报告",
// "▲区长某某察看老旧小区改造") or a bracketed one ("【副省长某某到新区检查安全生产】")
// on its own line, after the end of a paragraph (or a byline, or the page's start),
// followed by the item's text. Each is an item heading: it opens an article of its own, so
// 他/她 and the events in it are that item's. A bulleted line followed by a section's
// opening ("◆坚持项目为王 / 近年来，……") stays a sub-heading of its article; a bracketed one
// opens an item only when its text opens a story with its day ("【链接】" does not).
void mark_items(Page& page) {
  std::vector<Line>& lines = page.lines;
  for (size_t k = 0; k < lines.size(); ++k) {
    Line& l = lines[k];
    if (l.kind != Kind::kText || l.item_heading) continue;
    const std::string_view line = line_text(page, l);
    size_t next = k + 1;
    while (next < lines.size() && lines[next].kind == Kind::kFurniture) ++next;
    if (next >= lines.size() || lines[next].kind != Kind::kText || lines[next].headline_like ||
        item_bullet(line_text(page, lines[next])) > 0) {
      continue;
    }
    const std::string_view text = line_text(page, lines[next]);
    size_t p = k;
    while (p > 0 && lines[p - 1].kind == Kind::kFurniture) --p;
    if (p > 0) {
      const Line& before = lines[p - 1];
      const bool ends = before.kind == Kind::kByline || before.item_heading ||
                        ((before.kind == Kind::kText || before.kind == Kind::kLead) &&
                         ends_paragraph(line_text(page, before)));
      if (!ends) continue;
    }
    std::string_view heading;
    if (const size_t bullet = item_bullet(line); bullet > 0) {
      heading = trim_spaces(line.substr(bullet));
      if (heading.empty() || count_chars(heading) > 30 || heading.find("，") != std::string_view::npos ||
          heading.find("。") != std::string_view::npos || !looks_like_headline(heading)) {
        continue;
      }
      if (opens_section(text) && !opens_story(text)) continue;
    } else if (line.starts_with("【") && line.ends_with("】")) {
      heading = trim_spaces(line.substr(3, line.size() - 6));
      if (heading.find("【") != std::string_view::npos || !is_story_headline(heading, 6) || !opens_story(text)) {
        continue;
      }
    } else {
      continue;
    }
    l.item_heading = true;
    l.headline_like = true;
    l.heading_begin = static_cast<uint32_t>(heading.data() - page.text.data());
    l.heading_end = static_cast<uint32_t>(l.heading_begin + heading.size());
  }
}

// "相关阅读" (相关新闻, 延伸阅读, 推荐阅读 ...) at the foot of a web page, then a list of
// links to other articles ("· 市委常委会召开会议"): the heading and the links are page
// furniture, not text of the article (a link's headline would give it a chair or a signing).
// The list ends at the first line that is no short headline-like line.
void mark_related_links(Page& page) {
  static constexpr std::string_view kHeadings[] = {"相关阅读", "相关新闻", "延伸阅读", "推荐阅读", "相关链接",
                                                   "更多阅读", "相关报道", "热点推荐", "猜你喜欢", "往期回顾"};
  std::vector<Line>& lines = page.lines;
  for (size_t k = 0; k < lines.size(); ++k) {
    std::string_view text = line_text(page, lines[k]);
    for (std::string_view open : {"【", "[", "〖", "■", "▌"}) {
      if (text.starts_with(open)) text.remove_prefix(open.size());
    }
    bool heading = false;
    for (std::string_view h : kHeadings) {
      heading |= text.starts_with(h) && count_chars(text) <= count_chars(h) + 2;
    }
    if (!heading) continue;
    lines[k].kind = Kind::kFurniture;
    lines[k].headline_like = false;
    for (size_t e = k + 1; e < lines.size(); ++e) {
      const std::string_view link = line_text(page, lines[e]);
      const bool bulleted = starts_with_bullet(link) || link.starts_with("·") || link.starts_with("•");
      if (count_chars(link) > 40 || (!bulleted && !lines[e].headline_like)) break;
      lines[e].kind = Kind::kFurniture;
      lines[e].headline_like = false;
    }
  }
}

Page read_page(const Document& doc) {
  Page page;
  append_normalized(doc.text, 0, page.text, page.origin);
  page.origin.push_back(static_cast<uint32_t>(doc.text.size()));
  const PrintedText printed{page.text, &page.origin, doc.text};
  const std::string_view t = page.text;
  size_t pos = 0;
  while (pos <= t.size()) {
    size_t nl = t.find('\n', pos);
    if (nl == std::string_view::npos) nl = t.size();
    const std::string_view raw = t.substr(pos, nl - pos);
    const std::string_view trimmed = trim_spaces(raw);
    if (!trimmed.empty()) {
      Line line;
      line.begin = static_cast<uint32_t>(trimmed.data() - t.data());
      line.end = static_cast<uint32_t>(line.begin + trimmed.size());
      // What the line is; each check rejects an ordinary paragraph within its first bytes.
      if (auto lead = match_lead(trimmed, &printed)) {
        line.kind = Kind::kLead;
        line.lead = std::move(*lead);
      } else if (auto reporters = match_byline_line(trimmed, &printed)) {
        line.kind = Kind::kByline;
        line.reporters = std::move(*reporters);
      } else if (is_page_furniture(trimmed)) {
        line.kind = Kind::kFurniture;
      } else if (const size_t marker = video_marker(trimmed); marker > 0) {
        // "[视频]市委常委会召开会议": a programme item's heading, whatever the page.
        const std::string_view heading = trim_spaces(trimmed.substr(marker));
        line.item_heading = true;
        line.headline_like = true;
        line.heading_begin = static_cast<uint32_t>(heading.data() - t.data());
        line.heading_end = static_cast<uint32_t>(line.heading_begin + heading.size());
      } else {
        line.headline_like = looks_like_headline(trimmed);
      }
      page.lines.push_back(std::move(line));
    }
    pos = nl + 1;
  }
  mark_transcript(page);
  mark_related_links(page);
  mark_items(page);
  return page;
}


void add_reporters(Article& article, const std::vector<Reporter>& reporters) {
  for (const Reporter& r : reporters) {
    bool seen = false;
    for (const Reporter& o : article.reporters) seen = seen || o.name == r.name;
    if (!seen) article.reporters.push_back(r);
  }
}

// How a story's first sentence opens after its headline on pages without leads (county
// releases, TV items): with its day ("3月16日下午，", "16日，", "2026年3月16日，", "今天上午，",
// "近日，") or "记者从……获悉", after a TV speaker's label ("主持人：", "导语："). A section
// of a long article opens otherwise ("近年来，", "今年以来，", "3月以来，"), so its unnumbered
// sub-heading does not cut the article.
bool opens_story(std::string_view text) {
  for (std::string_view label : {"主持人：", "主持人:", "导语：", "导语:", "【导语】", "口播：", "播音员："}) {
    if (text.starts_with(label)) {
      text = trim_spaces(text.substr(label.size()));
      break;
    }
  }
  // A day: [YYYY年]M月D日 or D日.
  auto number = [&text](size_t& i) {
    const size_t b = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    return i > b && i - b <= 4;
  };
  size_t i = 0;
  if (number(i)) {
    for (std::string_view unit : {"年", "月"}) {
      if (!text.substr(i).starts_with(unit)) continue;
      i += unit.size();
      if (!number(i)) return false;
    }
    return text.substr(i).starts_with("日");
  }
  for (std::string_view w : {"今天", "今日", "昨天", "昨日", "前天", "前日", "近日", "日前", "连日来", "近期", "当天",
                             "当日", "同日", "记者从", "记者近日", "记者获悉"}) {
    if (text.starts_with(w)) return true;
  }
  return false;
}

// A headline of a story without a lead, as county releases and TV pages print them
// ("县政府召开第二十七次常务会议"): short, no comma, not a sub-heading's numbered or bracketed
// line, not ending on a word that a sentence cut by the layout would ("……定于", "……的").
bool is_story_headline(std::string_view line, size_t min_chars) {
  const size_t n = count_chars(line);
  if (n < min_chars || n > 40 || line.find("，") != std::string_view::npos || line.find(",") != std::string_view::npos) {
    return false;
  }
  if (starts_with_bullet(line)) return false;
  for (std::string_view mark : {"【", "（", "(", "["}) {
    if (line.starts_with(mark)) return false;
  }
  size_t i = 0;
  const char32_t c0 = next_code_point(line, i);
  if ((c0 >= '0' && c0 <= '9') || c0 == U'一' || c0 == U'二' || c0 == U'三' || c0 == U'四' || c0 == U'五' ||
      c0 == U'六' || c0 == U'七' || c0 == U'八' || c0 == U'九' || c0 == U'十') {
    const std::string_view rest = line.substr(i);
    if (rest.starts_with("、") || rest.starts_with(".") || rest.starts_with("是")) return false;
  }
  for (std::string_view tail : {"于", "在", "从", "自", "至", "到", "将", "为", "的", "是", "和", "与", "及", "或",
                                "等", "了", "对", "向", "把", "被", "截至", "由", "共", "约", "达", "第"}) {
    if (line.ends_with(tail) && !line.ends_with("签约")) return false;  // 项目签约 is a headline
  }
  return true;
}

// What opens a section of an article after an unnumbered sub-heading ("坚持项目为王 /
// 近年来，……"): a story's opening (opens_story) or a section's ("近年来", "今年以来", "3月以来",
// "目前", "据了解" ...). Words a sentence cut by the layout goes on with seldom open so.
bool opens_section(std::string_view text) {
  if (opens_story(text)) return true;
  for (std::string_view w : {"近年来", "今年以来", "去年以来", "近期", "目前", "当前", "据了解", "据悉", "此外",
                             "与此同时", "同时，", "一直以来", "长期以来", "多年来", "为此", "对此"}) {
    if (text.starts_with(w)) return true;
  }
  size_t i = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  if (i == 0 || i > 4) return false;
  const std::string_view rest = text.substr(i);
  return rest.starts_with("月以来") || rest.starts_with("年以来") || rest.starts_with("月份以来");
}

// Builds the article's body from paragraphs (spans of the normalized page), joining a
// paragraph cut by the layout to the next one.
class BodyBuilder {
 public:
  BodyBuilder(const Page& page, const PrintedText& printed, Article& article)
      : page_(page), printed_(printed), article_(article) {}

  void add(uint32_t begin, uint32_t end) {
    std::string_view para = trim_spaces(std::string_view(page_.text).substr(begin, end - begin));
    para = strip_trailing_byline(para);
    // A wire story's closing mark and a jump to another page ("（下转第3版）") are not text.
    for (std::string_view done : {std::string_view("（完）"), std::string_view("(完)")}) {
      if (para.ends_with(done)) para = trim_spaces(para.substr(0, para.size() - done.size()));
    }
    if (para.ends_with("版）")) {
      const size_t p = para.rfind("（下转");
      if (p != std::string_view::npos && para.size() - p <= 3 * 12) para = trim_spaces(para.substr(0, p));
    }
    if (para.empty()) return;
    begin = static_cast<uint32_t>(para.data() - page_.text.data());
    end = static_cast<uint32_t>(begin + para.size());
    // "发布人： / 省某厅副厅长 某某 / 省某厅总工程师 某某": a roster, one title and name a line.
    const bool roster_entry = in_roster_ && is_roster_entry(para);
    if (has_previous_) {
      const std::string_view previous(page_.text.data() + previous_begin_, previous_end_ - previous_begin_);
      // "坚持项目为王 / 近年来，……": an unnumbered sub-heading and its section.
      if (ends_paragraph(previous) || is_subheading(previous) || previous_roster_entry_ ||
          (count_chars(previous) <= 20 && is_story_headline(previous, 4) && opens_section(para))) {
        article_.text.push_back('\n');
        article_.origin.push_back(page_.origin[previous_end_]);
      }
    }
    article_.text.append(page_.text, begin, end - begin);
    article_.origin.insert(article_.origin.end(), page_.origin.begin() + begin,
                           page_.origin.begin() + end);
    has_previous_ = true;
    previous_begin_ = begin;
    previous_end_ = end;
    previous_roster_entry_ = roster_entry;
    in_roster_ = is_roster_label(para) || roster_entry;
  }

  void finish(uint32_t fallback_end) {
    article_.origin.push_back(page_.origin[has_previous_ ? previous_end_ : fallback_end]);
  }

 private:
  // "……会议召开。（记者 李晓燕）", "图为……。记者冯某 摄": a byline closing a paragraph
  // goes to the reporters, not the text.
  std::string_view strip_trailing_byline(std::string_view para) {
    auto byline = trailing_byline(para, &printed_);
    if (!byline) return para;
    add_reporters(article_, byline->reporters);
    return trim_spaces(para.substr(0, byline->begin));
  }

  // "发布人：", "主持人：", "出席领导：": the label of a roster.
  static bool is_roster_label(std::string_view line) {
    if (!line.ends_with("：") && !line.ends_with(":")) return false;
    return count_chars(line) <= 8 && line.find(' ') == std::string_view::npos &&
           line.find("，") == std::string_view::npos && line.find("、") == std::string_view::npos;
  }
  // "省文化和旅游厅副厅长 某某": a title, a space, a name; no sentence. (Normalization has
  // turned an ideographic space into ' '.)
  static bool is_roster_entry(std::string_view line) {
    if (count_chars(line) > 40 || line.find("。") != std::string_view::npos ||
        line.find("，") != std::string_view::npos) {
      return false;
    }
    const size_t space = line.rfind(' ');
    return space != std::string_view::npos && space > 0 && count_chars(line.substr(space)) <= 6;
  }

  // A short numbered or bracketed line ("一、坚持项目为王", "（二）优化营商环境",
  // "3. 强化保障", "【链接】") is a sub-heading, not a line cut by the layout. A short line
  // without such a mark is taken for a cut ("会议决定于3月26" / "日至28日举行。").
  static bool is_subheading(std::string_view line) {
    // "◆市委常委会召开会议", "●一批项目集中开工": a bulleted line (a rundown) is its own unit.
    if (starts_with_bullet(line) && !line.starts_with("-") && !line.starts_with("—")) return count_chars(line) <= 64;
    if (line.size() > 30 * 3 || line.find("，") != std::string_view::npos) return false;
    if (line.starts_with("【") || line.starts_with("（")) return true;
    size_t i = 0, marks = 0;
    while (i < line.size() && marks < 4) {
      const char32_t c = next_code_point(line, i);
      const bool numeral = (c >= '0' && c <= '9') || c == U'一' || c == U'二' || c == U'三' || c == U'四' ||
                           c == U'五' || c == U'六' || c == U'七' || c == U'八' || c == U'九' || c == U'十';
      if (numeral) {
        ++marks;
        continue;
      }
      return marks > 0 && (c == U'、' || c == '.' || c == U'．');
    }
    return false;
  }

  const Page& page_;
  const PrintedText& printed_;
  Article& article_;
  bool has_previous_ = false;
  bool in_roster_ = false;              // after a roster's label, within its entries
  bool previous_roster_entry_ = false;
  uint32_t previous_begin_ = 0;
  uint32_t previous_end_ = 0;
};

// "总台记者 某某：我现在是在……", "本台记者 某某：", "记者 某某：": a TV reporter's stand-up (or
// a paper's question) opening a paragraph. The reporter is one of the item's; the line
// stays in the text.
std::optional<Reporter> standup_reporter(std::string_view line, const PrintedText& printed) {
  size_t colon = line.substr(0, 26 * 3).find("：");
  if (colon == std::string_view::npos) colon = line.substr(0, 26 * 3).find(':');
  if (colon == std::string_view::npos || colon < caption_marker_length(line)) return std::nullopt;
  // "（出镜）本台记者 某某：": the caption marker is not part of the byline.
  const std::string_view head = trim_spaces(line.substr(caption_marker_length(line), colon - caption_marker_length(line)));
  const size_t role = head.find("记者");
  if (role == std::string_view::npos) return std::nullopt;
  const std::string_view affiliation = head.substr(0, role);
  const bool station = affiliation.empty() || affiliation == "本台" || affiliation == "总台" ||
                       affiliation == "本报" || affiliation.ends_with("台") || affiliation.starts_with("总台") ||
                       affiliation.ends_with("央视") || affiliation == "出镜" || affiliation == "现场";
  if (!station) return std::nullopt;
  auto reporters = parse_byline(head, &printed);
  if (!reporters || reporters->size() != 1) return std::nullopt;
  // "记者获悉：", "记者了解到：", "记者从会上获悉：": a sentence about the reporter, no name.
  const std::string_view name = head.substr(head.rfind("记者") + std::string_view("记者").size());
  const std::string_view glued = trim_spaces(name);
  if (glued.data() == name.data()) {
    for (std::string_view verb : {"获", "了", "注", "看", "发", "从", "在", "采", "问", "调", "走", "观", "得", "来",
                                  "跟", "对", "到", "据", "就", "也", "还", "又", "再", "曾", "已", "正", "将", "一"}) {
      if (glued.starts_with(verb)) return std::nullopt;
    }
  }
  return reporters->front();
}

// One article from lines [first, last): headline lines [first, body_first), then the body
// (the lead line, if any, is `body_first`).
Article make_article(const Document& doc, const Page& page, const PrintedText& printed, size_t first,
                     size_t body_first, size_t last, size_t number) {
  Article a;
  a.doc = doc.id;
  a.id = doc.id + "#" + std::to_string(number);
  a.date = doc.date;
  for (size_t k = first; k < body_first; ++k) {
    if (page.lines[k].kind == Kind::kByline) {
      add_reporters(a, page.lines[k].reporters);
      continue;
    }
    if (page.lines[k].kind == Kind::kFurniture) continue;
    if (!a.headline.empty()) a.headline.push_back('\n');
    const Line& line = page.lines[k];
    if (line.item_heading) {
      a.headline.append(page.text, line.heading_begin, line.heading_end - line.heading_begin);
    } else {
      a.headline.append(line_text(page, line));
    }
  }
  BodyBuilder body(page, printed, a);
  for (size_t k = body_first; k < last; ++k) {
    const Line& line = page.lines[k];
    switch (line.kind) {
      case Kind::kLead:
        if (k == body_first) {
          a.lead = line.lead.lead;
          add_reporters(a, line.lead.reporters);
          body.add(static_cast<uint32_t>(line.begin + line.lead.body_begin), line.end);
        } else {
          body.add(line.begin, line.end);  // defensive: every lead starts an article
        }
        break;
      case Kind::kByline:
        add_reporters(a, line.reporters);
        break;
      case Kind::kText:
        if (auto reporter = standup_reporter(line_text(page, line), printed)) add_reporters(a, {*reporter});
        body.add(line.begin, line.end);
        break;
      case Kind::kFurniture:
        for (std::string& name : editor_names(line_text(page, line))) {
          if (std::find(a.editors.begin(), a.editors.end(), name) == a.editors.end()) a.editors.push_back(std::move(name));
        }
        break;
    }
  }
  const uint32_t end_of_headline =
      body_first > first ? page.lines[body_first - 1].end : (first < page.lines.size() ? page.lines[first].begin : 0);
  body.finish(end_of_headline);
  if (a.headline.empty() && !doc.title.empty()) a.headline = normalize_text(doc.title);
  return a;
}

// The first of the headline lines that end right before line `k`, back to `floor`: at
// most kMaxHeadlineLines headline-like text lines, an item heading being the first. Page
// furniture between them and `k` (a web copy's date and source line between headline and
// lead) is passed over. `k` when there are none.
size_t headline_before(const std::vector<Line>& lines, size_t k, size_t floor) {
  size_t s = k, first = k, n = 0;
  while (s > floor && n < kMaxHeadlineLines) {
    const Line& l = lines[s - 1];
    if (l.kind == Kind::kFurniture && first == k) {
      --s;
      continue;
    }
    if (l.kind != Kind::kText || !l.headline_like || (first < k && lines[first].item_heading)) break;
    first = --s;
    ++n;
  }
  return first;
}

// Headline lines at `k` that open a story without a lead: they follow the end of a
// paragraph, a byline or the page's start (furniture aside), and the first line of text
// after them (furniture aside) opens a story (opens_story). Returns that line, or 0.
size_t story_without_lead(const Page& page, size_t k) {
  const std::vector<Line>& lines = page.lines;
  const Line& line = lines[k];
  if (line.kind != Kind::kText || !line.headline_like || line.item_heading ||
      !is_story_headline(line_text(page, line), kMinStoryHeadlineChars)) {
    return 0;
  }
  size_t p = k;
  while (p > 0 && lines[p - 1].kind == Kind::kFurniture) --p;
  if (p > 0) {
    const Line& before = lines[p - 1];
    const bool ends = before.kind == Kind::kByline ||
                      ((before.kind == Kind::kText || before.kind == Kind::kLead) && !before.headline_like &&
                       ends_paragraph(line_text(page, before)));
    if (!ends) return 0;
  }
  size_t e = k + 1, n = 1;
  for (; e < lines.size(); ++e) {
    if (lines[e].kind == Kind::kFurniture) continue;
    if (lines[e].kind != Kind::kText || !lines[e].headline_like || lines[e].item_heading || n == kMaxHeadlineLines) {
      break;
    }
    ++n;
  }
  if (e >= lines.size() || lines[e].kind != Kind::kText || lines[e].headline_like ||
      !opens_story(line_text(page, lines[e]))) {
    return 0;
  }
  return e;
}

// A byline closing a page of items without leads (a WeChat release's "记者：某某 通讯员：某某",
// a programme page's credits) or a page's own credit ("本版摄影：本报记者 某某") names the
// reporters of the whole page: every article that names none of its own gets them.
void credit_whole_page(const Page& page, std::vector<Article>& articles) {
  size_t k = page.lines.size();
  while (k > 0 && page.lines[k - 1].kind == Kind::kFurniture) --k;
  if (k == 0 || page.lines[k - 1].kind != Kind::kByline || page.lines[k - 1].reporters.empty()) return;
  const bool page_credit = line_text(page, page.lines[k - 1]).starts_with("本版");
  bool leads = false;
  for (const Article& a : articles) leads = leads || !a.lead.empty();
  if (leads && !page_credit) return;
  for (Article& a : articles) {
    if (a.reporters.empty()) add_reporters(a, page.lines[k - 1].reporters);
  }
}

}  // namespace

std::vector<Article> segment(const Document& document) {
  const Page page = read_page(document);
  const PrintedText printed{page.text, &page.origin, document.text};
  const std::vector<Line>& lines = page.lines;
  // Where articles start: `first` is the first headline line, `body_first` the lead line
  // (or the first body line of an article without a lead).
  struct Start {
    size_t first, body_first;
  };
  std::vector<Start> starts;
  size_t previous_lead_end = 0;  // lines before this belong to earlier articles
  for (size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].item_heading && k + 1 < lines.size() &&
        (lines[k + 1].kind == Kind::kText || lines[k + 1].kind == Kind::kByline) && !lines[k + 1].item_heading) {
      // A transcript's "【…】" item heading followed by the item's text (not by a lead).
      starts.push_back({k, k + 1});
      previous_lead_end = k + 1;
      continue;
    }
    if (lines[k].anchor_item && k >= previous_lead_end && (starts.empty() || starts.back().body_first != k)) {
      // A rundown's item read by the anchor, without a headline.
      starts.push_back({k, k});
      previous_lead_end = k + 1;
      continue;
    }
    if (lines[k].kind == Kind::kLead) {
      // The headline: the headline-like lines right before the lead, back to the previous
      // lead line (which is body), a byline, or a line of body text.
      size_t s = k;
      // "标题 / 记者 李某 / 本报讯……": a byline between the headline and the lead is the
      // article's own.
      if (s >= previous_lead_end + 2 && lines[s - 1].kind == Kind::kByline && lines[s - 2].kind == Kind::kText &&
          lines[s - 2].headline_like) {
        --s;
      }
      s = headline_before(lines, s, previous_lead_end);
      starts.push_back({s, k});
      previous_lead_end = k + 1;
      continue;
    }
    if (lines[k].kind == Kind::kByline && k + 1 < lines.size() && lines[k + 1].kind == Kind::kText &&
        !lines[k + 1].headline_like) {
      // "标题 / 本报记者 李某 / 正文": a headline, the byline on its own line, then the body,
      // with no lead (the layout of many national papers). The headline must follow the end
      // of a paragraph, a byline or the page's start, so a short last line of the article
      // before is not taken for it.
      const size_t h = headline_before(lines, k, previous_lead_end);
      const bool after_break = h == 0 || lines[h - 1].kind != Kind::kText ||
                               ends_paragraph(line_text(page, lines[h - 1]));
      if (h < k && after_break && (starts.empty() || h >= starts.back().body_first + 1)) {
        starts.push_back({h, k});
        previous_lead_end = k + 1;
        continue;
      }
    }
    if (k >= previous_lead_end) {
      // "县政府召开常务会议 / 3月16日下午，……": a headline and a story without a lead.
      if (const size_t body = story_without_lead(page, k); body > 0) {
        starts.push_back({k, body});
        previous_lead_end = body;
        k = body;
        continue;
      }
    }
    if (lines[k].kind == Kind::kByline && !starts.empty()) {
      // A byline closes an article. Headline lines after it followed by body text (not by
      // a lead) open an article without a lead; body text right after it is a paragraph of
      // the same article printed after its byline.
      size_t h = k + 1;
      while (h < lines.size() && h - (k + 1) < kMaxHeadlineLines && lines[h].kind == Kind::kText &&
             lines[h].headline_like) {
        ++h;
      }
      if (h > k + 1 && h < lines.size() && lines[h].kind == Kind::kText) {
        starts.push_back({k + 1, h});
        previous_lead_end = h;
        k = h;
      }
    }
  }
  std::vector<Article> out;
  if (starts.empty()) {
    // One article: the first line (after the page's running head) is its headline when it
    // looks like one and more follows.
    size_t first = 0;
    while (first < lines.size() && lines[first].kind == Kind::kFurniture) ++first;
    const bool headline = first + 1 < lines.size() && lines[first].headline_like && document.title.empty();
    out.push_back(make_article(document, page, printed, first, first + (headline ? 1 : 0), lines.size(), 1));
    return out;
  }
  // Text before the first headline: an article of its own when it holds body text (a page
  // that opens with a story without a lead); page furniture (short lines) is dropped.
  bool prefix_has_body = false;
  for (size_t k = 0; k < starts[0].first; ++k) {
    prefix_has_body = prefix_has_body || (lines[k].kind == Kind::kText && !lines[k].headline_like);
  }
  if (prefix_has_body) {
    // The page's running head or a station's masthead is never the headline.
    size_t first = 0;
    while (first < starts[0].first && lines[first].kind == Kind::kFurniture) ++first;
    const size_t body_first = starts[0].first > first + 1 && lines[first].headline_like ? first + 1 : first;
    out.push_back(make_article(document, page, printed, first, body_first, starts[0].first, out.size() + 1));
  }
  for (size_t n = 0; n < starts.size(); ++n) {
    const size_t last = n + 1 < starts.size() ? starts[n + 1].first : lines.size();
    out.push_back(make_article(document, page, printed, starts[n].first, starts[n].body_first, last, out.size() + 1));
  }
  credit_whole_page(page, out);
  return out;
}

}  // namespace guanxi
