#include "extract/dates.h"

#include <chrono>
#include <cstdio>

#include "extract/normalize.h"

namespace guanxi {

namespace {

namespace chr = std::chrono;

// One parsed expression, before resolution.
struct Parsed {
  size_t end = 0;       // byte after the expression (time of day and range included)
  int year = 0;         // 0 = not written
  int month = 0;        // 0 = not written
  int day = 0;          // 0 = not written
  int relative = 0;     // days from the publication date, for 昨天/今天/...
  bool is_relative = false;
  bool vague = false;   // 日前, 近日: a mention that never resolves
  bool several_days = false;  // a range: 3日至5日
  int year_offset = 0;  // 今年 0, 去年 -1, 明年 1, 前年 -2 (with `relative_year`)
  bool relative_year = false;
  int month_offset = 0;  // 本月 0, 上月 -1, 下月 1 (with `relative_month`)
  bool relative_month = false;
  int week_offset = 0;   // 本周 0, 上周 -1, 下周 1 (with `weekday` 1..7, Monday = 1)
  int weekday = 0;
};

bool at(std::string_view s, size_t i, std::string_view word) {
  return s.substr(i).starts_with(word);
}

int chinese_digit(char32_t c) {
  switch (c) {
    case U'〇': case U'零': case U'○': return 0;
    case U'一': return 1; case U'二': return 2; case U'三': return 3;
    case U'四': return 4; case U'五': return 5; case U'六': return 6;
    case U'七': return 7; case U'八': return 8; case U'九': return 9;
    default: return -1;
  }
}

// A number at `i`: ASCII digits, or Chinese numerals (二十三, 廿三, 二〇二二) when
// `allow_chinese`. Returns the value and advances `i`, or -1 (and `i` unchanged).
int parse_number(std::string_view s, size_t& i, bool allow_chinese, int* digits_out = nullptr) {
  size_t j = i;
  int value = 0, digits = 0;
  while (j < s.size() && s[j] >= '0' && s[j] <= '9' && digits < 5) {
    value = value * 10 + (s[j] - '0');
    ++j;
    ++digits;
  }
  if (digits > 0) {
    if (j < s.size() && s[j] >= '0' && s[j] <= '9') return -1;
    i = j;
    if (digits_out) *digits_out = digits;
    return value;
  }
  if (!allow_chinese) return -1;
  // Chinese numerals: either positional digits (二〇二二) or 十-based (二十三, 十五, 廿三).
  int positional = 0, count = 0, tens = -1, units = 0;
  bool seen_ten = false;
  while (j < s.size() && count < 5) {
    size_t k = j;
    const char32_t c = next_code_point(s, k);
    const int d = chinese_digit(c);
    if (d >= 0) {
      positional = positional * 10 + d;
      units = d;
    } else if (c == U'十' && !seen_ten) {
      tens = count == 0 ? 1 : units;
      units = 0;
      seen_ten = true;
    } else if (c == U'廿' && count == 0) {
      tens = 2;
      units = 0;
      seen_ten = true;
    } else if (c == U'卅' && count == 0) {
      tens = 3;
      units = 0;
      seen_ten = true;
    } else {
      break;
    }
    j = k;
    ++count;
  }
  if (count == 0) return -1;
  i = j;
  if (digits_out) *digits_out = count;
  return seen_ten ? tens * 10 + units : positional;
}

bool is_digit_before(std::string_view s, size_t i) {
  return i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9';
}

// Time of day after a date: kept in the written form.
size_t skip_time_of_day(std::string_view s, size_t i) {
  static constexpr std::string_view kParts[] = {"上午", "下午", "晚上", "晚间", "早上", "早晨",
                                                 "凌晨", "中午", "傍晚", "夜间", "深夜", "晚"};
  for (std::string_view p : kParts) {
    if (at(s, i, p)) return i + p.size();
  }
  return i;
}

// A range's second day: "至15日", "-15日", "到2月3日". Returns the new end or `i`.
size_t skip_range_end(std::string_view s, size_t i) {
  static constexpr std::string_view kJoin[] = {"至", "到", "-", "—", "–", "~", "～"};
  for (std::string_view joiner : kJoin) {
    if (!at(s, i, joiner)) continue;
    size_t j = i + joiner.size();
    const bool allow_chinese = true;
    int n = parse_number(s, j, allow_chinese);
    if (n < 0) return i;
    if (at(s, j, "月")) {
      j += std::string_view("月").size();
      if (parse_number(s, j, allow_chinese) < 0) return i;
    }
    if (at(s, j, "日")) return j + std::string_view("日").size();
    if (at(s, j, "号")) return j + std::string_view("号").size();
    return i;
  }
  return i;
}

// The end of an expression whose day ends at `j`: past a range's second day and a time of
// day; a range is recorded in `p`.
size_t end_after_day(std::string_view s, size_t j, Parsed* p) {
  const size_t e = skip_range_end(s, j);
  p->several_days = e != j;
  return skip_time_of_day(s, e);
}

// Parses a date expression starting exactly at `i`. nullopt when there is none.
std::optional<Parsed> parse_month_day(std::string_view s, size_t i);

// The code point before byte `i` (0 at the start).
char32_t previous_code_point(std::string_view s, size_t i) {
  if (i == 0) return 0;
  size_t k = i - 1;
  while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  return next_code_point(s, k);
}

// "（20日）" right after a relative day ("前日（20日）", as Hong Kong papers print it): the
// day the paper means. Returns the day and moves `end` past it, or 0.
int explicit_day(std::string_view s, size_t& end) {
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
    if (!at(s, end, open)) continue;
    size_t j = end + open.size();
    const int day = parse_number(s, j, /*allow_chinese=*/false);
    if (day < 1 || day > 31 || !at(s, j, "日")) return 0;
    j += std::string_view("日").size();
    if (!at(s, j, close)) return 0;
    end = j + close.size();
    return day;
  }
  return 0;
}

// "上周五", "本星期三", "下周日": a weekday of the publication week or one next to it.
std::optional<Parsed> parse_weekday(std::string_view s, size_t i) {
  struct Week {
    std::string_view text;
    int offset;
  };
  static constexpr Week kWeeks[] = {{"上周", -1}, {"本周", 0}, {"这周", 0}, {"下周", 1},
                                    {"上星期", -1}, {"本星期", 0}, {"这星期", 0}, {"下星期", 1}};
  for (const Week& w : kWeeks) {
    if (!at(s, i, w.text)) continue;
    size_t j = i + w.text.size();
    const char32_t c = j < s.size() ? next_code_point(s, j) : 0;
    int day = 0;
    switch (c) {
      case U'一': day = 1; break; case U'二': day = 2; break; case U'三': day = 3; break;
      case U'四': day = 4; break; case U'五': day = 5; break; case U'六': day = 6; break;
      case U'日': case U'天': case U'末': day = 7; break;
      default: return std::nullopt;
    }
    if (c == U'末') return std::nullopt;  // a weekend is two days
    Parsed p;
    p.end = skip_time_of_day(s, j);
    p.week_offset = w.offset;
    p.weekday = day;
    return p;
  }
  return std::nullopt;
}

// "今年8月23日", "去年12月": the year is named relative to the publication date.
std::optional<Parsed> parse_at(std::string_view s, size_t i) {
  struct YearWord {
    std::string_view text;
    int offset;
  };
  static constexpr YearWord kYears[] = {{"今年", 0}, {"去年", -1}, {"明年", 1}, {"前年", -2}};
  if (auto p = parse_weekday(s, i)) return p;
  static constexpr YearWord kMonths[] = {{"本月", 0}, {"上月", -1}, {"下月", 1}, {"当月", 0}};
  for (const YearWord& m : kMonths) {
    if (!at(s, i, m.text)) continue;
    size_t j = i + m.text.size();
    const int day = parse_number(s, j, /*allow_chinese=*/true);
    if (day < 1 || day > 31 || !(at(s, j, "日") || at(s, j, "号"))) return std::nullopt;
    Parsed p;
    p.day = day;
    p.relative_month = true;
    p.month_offset = m.offset;
    p.end = end_after_day(s, j + 3, &p);
    return p;
  }
  for (const YearWord& y : kYears) {
    if (!at(s, i, y.text)) continue;
    auto p = parse_month_day(s, i + y.text.size());
    if (!p || p->year != 0 || p->month == 0) return std::nullopt;
    p->relative_year = true;
    p->year_offset = y.offset;
    return p;
  }
  return parse_month_day(s, i);
}

std::optional<Parsed> parse_month_day(std::string_view s, size_t i) {
  struct Word {
    std::string_view text;
    int days;
    bool vague;
  };
  static constexpr Word kWords[] = {
      {"昨日", -1, false}, {"昨天", -1, false}, {"今天", 0, false},  {"今日", 0, false},
      {"大前天", -3, false}, {"前天", -2, false}, {"前日", -2, false}, {"明天", 1, false},
      {"明日", 1, false},  {"日前", 0, true},   {"近日", 0, true},   {"连日", 0, true},
      {"近期", 0, true}};
  for (const Word& w : kWords) {
    if (!at(s, i, w.text)) continue;
    if (w.text == "前日") {
      // Not inside a word: 提前日期, 之前日子, 目前日本 ...
      const char32_t before = previous_code_point(s, i);
      for (char32_t c : std::u32string_view(U"提之此以先目眼生节向从当空超日年月")) {
        if (before == c) return std::nullopt;
      }
      size_t k = i + w.text.size();
      const char32_t after = k < s.size() ? next_code_point(s, k) : 0;
      if (after == U'期' || after == U'子' || after == U'程' || after == U'本') return std::nullopt;
    }
    Parsed p;
    p.end = i + w.text.size();
    // "前日（20日）": the day in brackets is the one the paper means.
    if (const int day = explicit_day(s, p.end); day > 0 && !w.vague) {
      p.day = day;
      p.end = skip_time_of_day(s, p.end);
      return p;
    }
    p.end = skip_time_of_day(s, p.end);
    p.is_relative = !w.vague;
    p.relative = w.days;
    p.vague = w.vague;
    return p;
  }
  if (is_digit_before(s, i)) return std::nullopt;
  Parsed p;
  size_t j = i;
  int digits = 0;
  const int first = parse_number(s, j, /*allow_chinese=*/true, &digits);
  if (first < 0) return std::nullopt;
  const bool ascii = s[i] >= '0' && s[i] <= '9';
  if (at(s, j, "年")) {
    if (digits != 4) return std::nullopt;
    p.year = first;
    j += std::string_view("年").size();
    p.month = parse_number(s, j, true);
    if (p.month < 0 || !at(s, j, "月")) return std::nullopt;
    j += std::string_view("月").size();
  } else if (at(s, j, "月")) {
    p.month = first;
    j += std::string_view("月").size();
  } else if (ascii && (at(s, j, "日") || at(s, j, "号"))) {
    // A lone day ("24日") must be ASCII digits: "十日谈" is not a date.
    p.day = first;
    j += 3;
    if (at(s, j, "内") || at(s, j, "以内") || at(s, j, "之内")) return std::nullopt;
    p.end = end_after_day(s, j, &p);
    return p;
  } else {
    return std::nullopt;
  }
  const int day = parse_number(s, j, true);
  if (day < 0 || !(at(s, j, "日") || at(s, j, "号"))) return std::nullopt;
  p.day = day;
  j += 3;
  p.end = end_after_day(s, j, &p);
  return p;
}

std::optional<chr::year_month_day> parse_iso(std::string_view iso) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (iso.size() != 10 || std::sscanf(std::string(iso).c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) {
    return std::nullopt;
  }
  chr::year_month_day ymd{chr::year{y}, chr::month{m}, chr::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

std::string to_iso(const chr::year_month_day& ymd) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

// Of the candidates, the valid one closest to `pub` (ties go to the earlier: news reports
// what happened more often than what will).
std::optional<chr::year_month_day> closest(const chr::year_month_day* candidates, int n,
                                           const chr::year_month_day& pub) {
  std::optional<chr::year_month_day> best;
  long best_distance = 0;
  const chr::sys_days p{pub};
  for (int k = 0; k < n; ++k) {
    if (!candidates[k].ok()) continue;
    const long dist = std::labs((chr::sys_days{candidates[k]} - p).count());
    if (!best || dist < best_distance) {
      best = candidates[k];
      best_distance = dist;
    }
  }
  return best;
}

std::optional<std::string> resolve(const Parsed& p, std::string_view publication_date) {
  if (p.vague) return std::nullopt;
  const auto pub = parse_iso(publication_date);
  if (p.weekday > 0) {
    if (!pub) return std::nullopt;
    const chr::sys_days day{*pub};
    const chr::sys_days monday = day - chr::days{(chr::weekday{day}.iso_encoding() - 1)};
    return to_iso(chr::year_month_day{monday + chr::days{7 * p.week_offset + p.weekday - 1}});
  }
  if (p.relative_month) {
    if (!pub) return std::nullopt;
    const chr::year_month ym = chr::year_month{pub->year(), pub->month()} + chr::months{p.month_offset};
    const chr::year_month_day ymd = ym / chr::day{static_cast<unsigned>(p.day)};
    if (!ymd.ok()) return std::nullopt;
    return to_iso(ymd);
  }
  if (p.is_relative) {
    if (!pub) return std::nullopt;
    return to_iso(chr::year_month_day{chr::sys_days{*pub} + chr::days{p.relative}});
  }
  if (p.month > 12 || p.day < 1 || p.day > 31) return std::nullopt;
  if (p.year > 0) {
    chr::year_month_day ymd{chr::year{p.year}, chr::month{static_cast<unsigned>(p.month)},
                            chr::day{static_cast<unsigned>(p.day)}};
    if (!ymd.ok()) return std::nullopt;
    return to_iso(ymd);
  }
  if (!pub) return std::nullopt;
  const chr::day d{static_cast<unsigned>(p.day)};
  if (p.relative_year) {
    const chr::year_month_day ymd{pub->year() + chr::years{p.year_offset},
                                  chr::month{static_cast<unsigned>(p.month)}, d};
    if (!ymd.ok()) return std::nullopt;
    return to_iso(ymd);
  }
  if (p.month > 0) {
    const chr::month m{static_cast<unsigned>(p.month)};
    const chr::year y = pub->year();
    const chr::year_month_day c[] = {{y - chr::years{1}, m, d}, {y, m, d}, {y + chr::years{1}, m, d}};
    auto best = closest(c, 3, *pub);
    if (!best) return std::nullopt;
    return to_iso(*best);
  }
  const chr::year_month ym{pub->year(), pub->month()};
  const chr::year_month prev = ym - chr::months{1};
  const chr::year_month next = ym + chr::months{1};
  const chr::year_month_day c[] = {prev / d, ym / d, next / d};
  auto best = closest(c, 3, *pub);
  if (!best) return std::nullopt;
  return to_iso(*best);
}

size_t skip_spaces(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

}  // namespace

std::optional<std::string> resolve_date(std::string_view expression,
                                        std::string_view publication_date) {
  const size_t begin = skip_spaces(expression, 0);
  if (begin >= expression.size()) return std::nullopt;
  const auto p = parse_at(expression, begin);
  if (!p || skip_spaces(expression, p->end) != expression.size()) return std::nullopt;
  return resolve(*p, publication_date);
}

std::vector<DateMention> find_dates(std::string_view text, std::string_view publication_date) {
  std::vector<DateMention> out;
  size_t i = 0;
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    // Every expression starts with a digit or a non-ASCII character (昨, 今, 二 ...).
    if (b < 0x80 && !(b >= '0' && b <= '9')) {
      ++i;
      continue;
    }
    if ((b & 0xC0) == 0x80) {  // inside a character
      ++i;
      continue;
    }
    if (auto p = parse_at(text, i)) {
      DateMention m;
      m.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(p->end)};
      m.written.assign(text.substr(i, p->end - i));
      m.iso = resolve(*p, publication_date).value_or("");
      m.several_days = p->several_days;
      out.push_back(std::move(m));
      i = p->end;
      continue;
    }
    // Skip the whole number or character, so "2022" is not retried as "022".
    if (b >= '0' && b <= '9') {
      while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    } else {
      next_code_point(text, i);
    }
  }
  return out;
}

std::string dateline_date(std::string_view lead, std::string_view publication_date) {
  for (const DateMention& m : find_dates(lead, publication_date)) {
    if (lead.substr(m.span.end).starts_with("电")) return m.iso;
  }
  return "";
}

}  // namespace guanxi

namespace guanxi {

namespace {

bool valid_ymd(int y, int m, int d) {
  return y >= 1900 && y <= 2100 &&
         std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                     std::chrono::day{static_cast<unsigned>(d)}}
             .ok();
}

std::string iso_of(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..max digits at `i`.
int read_digits(std::string_view s, size_t& i, size_t max, size_t* count = nullptr) {
  size_t n = 0;
  int v = 0;
  while (i < s.size() && n < max && is_ascii_digit(s[i])) {
    v = v * 10 + (s[i] - '0');
    ++i;
    ++n;
  }
  if (count) *count = n;
  return n == 0 ? -1 : v;
}

// A date starting at `i`: "2022-08-24", "2022_8_24", "2022年8月24日", "20220824". `end` is
// set after it.
std::optional<std::string> date_at(std::string_view s, size_t i, size_t& end) {
  size_t j = i, n = 0;
  const int y = read_digits(s, j, 4, &n);
  if (n != 4) return std::nullopt;
  if (j < s.size() && is_ascii_digit(s[j])) {
    // Eight digits in a row: YYYYMMDD, and not a longer number.
    size_t k = j, m_count = 0, d_count = 0;
    const int m = read_digits(s, k, 2, &m_count);
    const int d = read_digits(s, k, 2, &d_count);
    if (m_count != 2 || d_count != 2 || (k < s.size() && is_ascii_digit(s[k]))) return std::nullopt;
    if (!valid_ymd(y, m, d)) return std::nullopt;
    end = k;
    return iso_of(y, m, d);
  }
  std::string_view sep;
  for (std::string_view cand : {"-", "/", ".", "_", "年"}) {
    if (s.substr(j).starts_with(cand)) sep = cand;
  }
  if (sep.empty()) return std::nullopt;
  j += sep.size();
  size_t c = 0;
  const int m = read_digits(s, j, 2, &c);
  if (c == 0) return std::nullopt;
  const std::string_view sep2 = sep == "年" ? std::string_view("月") : sep;
  if (!s.substr(j).starts_with(sep2)) return std::nullopt;
  j += sep2.size();
  const int d = read_digits(s, j, 2, &c);
  if (c == 0 || (j < s.size() && is_ascii_digit(s[j]))) return std::nullopt;
  if (sep == "年" && s.substr(j).starts_with("日")) j += std::string_view("日").size();
  if (!valid_ymd(y, m, d)) return std::nullopt;
  end = j;
  return iso_of(y, m, d);
}

}  // namespace

std::optional<std::string> parse_publication_date(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  size_t end = 0;
  auto date = date_at(text, 0, end);
  if (!date) return std::nullopt;
  // What follows may only be a time.
  if (end < text.size() && !(text[end] == 'T' || text[end] == ' ' || text[end] == 't')) {
    return std::nullopt;
  }
  return date;
}

std::string date_from_path(std::string_view path) {
  // Components from the last one back.
  size_t stop = path.size();
  while (stop > 0) {
    const size_t slash = path.rfind('/', stop - 1);
    const size_t begin = slash == std::string_view::npos ? 0 : slash + 1;
    const std::string_view part = path.substr(begin, stop - begin);
    for (size_t i = 0; i + 8 <= part.size(); ++i) {
      if (!is_ascii_digit(part[i]) || (i > 0 && is_ascii_digit(part[i - 1]))) continue;
      size_t end = 0;
      if (auto d = date_at(part, i, end)) return *d;
    }
    if (slash == std::string_view::npos) break;
    stop = slash;
  }
  return "";
}

}  // namespace guanxi
