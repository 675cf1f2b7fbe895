#include "extract/segmenter.h"

#include <optional>
#include <string_view>

#include "extract/layout.h"
#include "extract/normalize.h"

namespace guanxi {

namespace {

constexpr size_t kMaxHeadlineLines = 5;

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
  LeadMatch lead;                  // kLead
  std::vector<Reporter> reporters; // kByline
};

// The normalized page: text, origin map into Document::text, and its non-empty lines.
struct Page {
  std::string text;
  std::vector<uint32_t> origin;  // text.size() + 1 entries
  std::vector<Line> lines;
};

size_t count_chars(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// "【临川新闻联播】", "（青州新闻联播）", "临川新闻联播 2024年4月8日": a TV station's masthead or
// programme name line.
bool is_masthead(std::string_view line) {
  std::string_view inner;
  if (const size_t p = line.find("新闻联播"); p != std::string_view::npos && !line.starts_with("【") &&
                                              !line.starts_with("（") && !line.starts_with("(")) {
    // Unbracketed: the programme's name, then at most a date ("2024年4月8日", "星期一").
    for (size_t i = p + std::string_view("新闻联播").size(); i < line.size();) {
      const char32_t c = next_code_point(line, i);
      const bool date_char = (c >= '0' && c <= '9') || c == ' ' || c == U'年' || c == U'月' || c == U'日' ||
                             c == U'星' || c == U'期' || c == U'一' || c == U'二' || c == U'三' || c == U'四' ||
                             c == U'五' || c == U'六' || c == U'天' || c == '-' || c == '.' || c == '/';
      if (!date_char) return false;
    }
    return p <= 8 * 3;
  }
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"【", "】"}, {"（", "）"}, {"(", ")"}}) {
    if (line.starts_with(open) && line.ends_with(close) && line.size() > open.size() + close.size()) {
      inner = line.substr(open.size(), line.size() - open.size() - close.size());
    }
  }
  if (inner.empty() || count_chars(inner) > 16) return false;
  for (std::string_view w : {"新闻联播", "联播", "新闻", "新闻30分", "新闻直通车", "电视新闻"}) {
    if (inner.ends_with(w)) return true;
  }
  return inner.find("电视台") != std::string_view::npos || inner.find("广播电视") != std::string_view::npos;
}

// "【同期声】", "【现场声】", "【画外音】": what a transcript marks in its text; never a headline.
bool is_caption_marker(std::string_view inner) {
  for (std::string_view w : {"同期声", "同期", "现场声", "现场", "画外音", "解说", "解说词", "字幕", "采访",
                             "主持人", "口播", "导语", "正文", "出镜", "串场", "配音", "音乐", "记者"}) {
    if (inner == w) return true;
  }
  return inner.starts_with("同期") || inner.starts_with("现场") || inner.starts_with("采访");
}

// "今天节目的主要内容有：", "●市委常委会召开会议", "1. 青州新区……": a transcript's rundown.
bool is_rundown_line(std::string_view line) {
  if (line.find("主要内容") != std::string_view::npos || line.starts_with("内容提要")) {
    return count_chars(line) <= 20 && (line.ends_with("：") || line.ends_with(":") || line.ends_with("主要内容"));
  }
  if (count_chars(line) > 40 || line.find("。") != std::string_view::npos) return false;
  for (std::string_view bullet : {"●", "·", "•", "○", "◆", "◇", "▲", "■", "□", "★", "☆", "-", "—"}) {
    if (line.starts_with(bullet)) return true;
  }
  size_t i = 0;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
  if (i == 0 || i > 2) return false;
  const std::string_view rest = line.substr(i);
  return rest.starts_with(".") || rest.starts_with("、") || rest.starts_with("．") || rest.starts_with("）") ||
         rest.starts_with(")");
}

// TV transcripts: the masthead and the rundown are page furniture; "【…】" lines are the
// headings of the items (caption markers excepted).
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
    transcript = line.starts_with("本台") || line.starts_with("【同期") || line.starts_with("【现场");
  }
  if (!transcript) return;
  // Without a masthead, a rundown may still open the page ("今天节目主要内容：").
  for (size_t k = rundown; k < lines.size() && k < rundown + 3 && rundown == 0; ++k) {
    const std::string_view line = t.substr(lines[k].begin, lines[k].end - lines[k].begin);
    if (lines[k].kind == Kind::kText && line.find("主要内容") != std::string_view::npos && is_rundown_line(line)) {
      rundown = k;
      break;
    }
  }
  if (rundown < lines.size() && lines[rundown].kind == Kind::kText) {
    const std::string_view first = t.substr(lines[rundown].begin, lines[rundown].end - lines[rundown].begin);
    const bool intro = first.find("主要内容") != std::string_view::npos || first.starts_with("内容提要");
    size_t k = rundown;
    std::vector<size_t> items;
    while (k < lines.size() && lines[k].kind == Kind::kText &&
           is_rundown_line(t.substr(lines[k].begin, lines[k].end - lines[k].begin))) {
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
      } else {
        line.headline_like = looks_like_headline(trimmed);
      }
      page.lines.push_back(std::move(line));
    }
    pos = nl + 1;
  }
  mark_transcript(page);
  return page;
}

void add_reporters(Article& article, const std::vector<Reporter>& reporters) {
  for (const Reporter& r : reporters) {
    bool seen = false;
    for (const Reporter& o : article.reporters) seen = seen || o.name == r.name;
    if (!seen) article.reporters.push_back(r);
  }
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
    if (has_previous_) {
      const std::string_view previous(page_.text.data() + previous_begin_, previous_end_ - previous_begin_);
      if (ends_paragraph(previous) || is_subheading(previous)) {
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

  // A short numbered or bracketed line ("一、坚持项目为王", "（二）优化营商环境",
  // "3. 强化保障", "【链接】") is a sub-heading, not a line cut by the layout. A short line
  // without such a mark is taken for a cut ("会议决定于3月26" / "日至28日举行。").
  static bool is_subheading(std::string_view line) {
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
  uint32_t previous_begin_ = 0;
  uint32_t previous_end_ = 0;
};

std::string_view line_text(const Page& page, const Line& line) {
  return std::string_view(page.text).substr(line.begin, line.end - line.begin);
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
        body.add(line.begin, line.end);
        break;
      case Kind::kFurniture:
        break;
    }
  }
  const uint32_t end_of_headline =
      body_first > first ? page.lines[body_first - 1].end : (first < page.lines.size() ? page.lines[first].begin : 0);
  body.finish(end_of_headline);
  if (a.headline.empty() && !doc.title.empty()) a.headline = normalize_text(doc.title);
  return a;
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
      while (s > previous_lead_end && k - s < kMaxHeadlineLines && lines[s - 1].kind == Kind::kText &&
             lines[s - 1].headline_like && !(s < k && lines[s].item_heading)) {
        --s;
      }
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
      size_t h = k;
      while (h > previous_lead_end && k - h < kMaxHeadlineLines && lines[h - 1].kind == Kind::kText &&
             lines[h - 1].headline_like && !(h < k && lines[h].item_heading)) {
        --h;
      }
      const bool after_break = h == 0 || lines[h - 1].kind != Kind::kText ||
                               ends_paragraph(line_text(page, lines[h - 1]));
      if (h < k && after_break && (starts.empty() || h >= starts.back().body_first + 1)) {
        starts.push_back({h, k});
        previous_lead_end = k + 1;
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
  return out;
}

}  // namespace guanxi
