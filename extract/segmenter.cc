#include "extract/segmenter.h"

#include <optional>
#include <string_view>

#include "extract/layout.h"
#include "extract/normalize.h"

namespace guanxi {

namespace {

constexpr size_t kMaxHeadlineLines = 5;

enum class Kind { kText, kLead, kByline };

struct Line {
  uint32_t begin = 0;  // trimmed, in the normalized text
  uint32_t end = 0;
  Kind kind = Kind::kText;
  bool headline_like = false;
  LeadMatch lead;                  // kLead
  std::vector<Reporter> reporters; // kByline
};

// The normalized page: text, origin map into Document::text, and its non-empty lines.
struct Page {
  std::string text;
  std::vector<uint32_t> origin;  // text.size() + 1 entries
  std::vector<Line> lines;
};

Page read_page(const Document& doc) {
  Page page;
  append_normalized(doc.text, 0, page.text, page.origin);
  page.origin.push_back(static_cast<uint32_t>(doc.text.size()));
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
      // A lead or byline starts with a Han character; skip the checks for other lines.
      if (auto lead = match_lead(trimmed)) {
        line.kind = Kind::kLead;
        line.lead = std::move(*lead);
      } else if (auto reporters = match_byline_line(trimmed)) {
        line.kind = Kind::kByline;
        line.reporters = std::move(*reporters);
      } else {
        line.headline_like = looks_like_headline(trimmed);
      }
      page.lines.push_back(std::move(line));
    }
    pos = nl + 1;
  }
  return page;
}

// Builds the article's body from paragraphs (spans of the normalized page), joining a
// paragraph cut by the layout to the next one.
class BodyBuilder {
 public:
  BodyBuilder(const Page& page, Article& article) : page_(page), article_(article) {}

  void add(uint32_t begin, uint32_t end) {
    const std::string_view para = trim_spaces(std::string_view(page_.text).substr(begin, end - begin));
    if (para.empty()) return;
    begin = static_cast<uint32_t>(para.data() - page_.text.data());
    end = static_cast<uint32_t>(begin + para.size());
    if (has_previous_) {
      const std::string_view previous(page_.text.data() + previous_begin_, previous_end_ - previous_begin_);
      if (ends_paragraph(previous)) {
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
  const Page& page_;
  Article& article_;
  bool has_previous_ = false;
  uint32_t previous_begin_ = 0;
  uint32_t previous_end_ = 0;
};

void add_reporters(Article& article, const std::vector<Reporter>& reporters) {
  for (const Reporter& r : reporters) {
    bool seen = false;
    for (const Reporter& o : article.reporters) seen = seen || o.name == r.name;
    if (!seen) article.reporters.push_back(r);
  }
}

std::string_view line_text(const Page& page, const Line& line) {
  return std::string_view(page.text).substr(line.begin, line.end - line.begin);
}

// One article from lines [first, last): headline lines [first, body_first), then the body
// (the lead line, if any, is `body_first`).
Article make_article(const Document& doc, const Page& page, size_t first, size_t body_first,
                     size_t last, size_t number) {
  Article a;
  a.doc = doc.id;
  a.id = doc.id + "#" + std::to_string(number);
  a.date = doc.date;
  for (size_t k = first; k < body_first; ++k) {
    if (!a.headline.empty()) a.headline.push_back('\n');
    a.headline.append(line_text(page, page.lines[k]));
  }
  BodyBuilder body(page, a);
  for (size_t k = body_first; k < last; ++k) {
    const Line& line = page.lines[k];
    switch (line.kind) {
      case Kind::kLead:
        if (k == body_first) {
          a.lead = line.lead.lead;
          add_reporters(a, line.lead.reporters);
          body.add(static_cast<uint32_t>(line.begin + line.lead.body_begin), line.end);
        } else {
          body.add(line.begin, line.end);  // not reached: leads start articles
        }
        break;
      case Kind::kByline:
        add_reporters(a, line.reporters);
        break;
      case Kind::kText:
        body.add(line.begin, line.end);
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
  const std::vector<Line>& lines = page.lines;
  std::vector<size_t> leads;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].kind == Kind::kLead) leads.push_back(k);
  }
  std::vector<Article> out;
  if (leads.empty()) {
    // One article: the first line is its headline when it looks like one and more follows.
    const size_t body_first = lines.size() > 1 && lines[0].headline_like && document.title.empty() ? 1 : 0;
    out.push_back(make_article(document, page, 0, body_first, lines.size(), 1));
    return out;
  }
  // Each lead's headline: the headline-like lines right before it, back to the previous
  // lead line (which is body), a byline, or a line of body text.
  std::vector<size_t> starts(leads.size());
  for (size_t n = 0; n < leads.size(); ++n) {
    const size_t floor = n == 0 ? 0 : leads[n - 1] + 1;
    size_t s = leads[n];
    while (s > floor && leads[n] - s < kMaxHeadlineLines && lines[s - 1].kind == Kind::kText &&
           lines[s - 1].headline_like) {
      --s;
    }
    starts[n] = s;
  }
  // Text before the first headline: an article of its own when it holds body text (a page
  // that opens with a story without a lead); page furniture (short lines) is dropped.
  bool prefix_has_body = false;
  for (size_t k = 0; k < starts[0]; ++k) {
    prefix_has_body = prefix_has_body || (lines[k].kind == Kind::kText && !lines[k].headline_like);
  }
  if (prefix_has_body) {
    const size_t body_first = starts[0] > 1 && lines[0].headline_like ? 1 : 0;
    out.push_back(make_article(document, page, 0, body_first, starts[0], out.size() + 1));
  }
  for (size_t n = 0; n < leads.size(); ++n) {
    const size_t last = n + 1 < leads.size() ? starts[n + 1] : lines.size();
    out.push_back(make_article(document, page, starts[n], leads[n], last, out.size() + 1));
  }
  return out;
}

}  // namespace guanxi
