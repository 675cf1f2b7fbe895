#include "extract/layout.h"

#include <algorithm>
#include <array>

#include "extract/normalize.h"

namespace guanxi {

namespace {

bool starts(std::string_view s, std::string_view w) { return s.starts_with(w); }


char32_t last_code_point(std::string_view s) {
  if (s.empty()) return 0;
  size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return next_code_point(s, i);
}

bool is_space_cp(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0; }

// Roles a byline can print, longest first where one contains another.
// "摄像" credits a TV item's camera operator ("（记者 某某 摄像 某某）").
constexpr std::array<std::string_view, 13> kRoles = {
    "特约通讯员", "特约记者", "见习记者", "实习记者", "首席记者", "摄影记者", "摄像记者",
    "特约评论员", "通讯员",   "实习生",   "记者",     "评论员",   "摄像"};

// True when a role starts at byte `i` of `s`.
bool role_at(std::string_view s, size_t i) {
  const std::string_view rest = s.substr(std::min(i, s.size()));
  for (std::string_view r : kRoles) {
    if (rest.starts_with(r)) return true;
  }
  return false;
}

// Credit words that may follow the names ("文图", "摄") and carry no name.
// A page's photo credit names the desk first: "本版摄影：本报记者 某某", "本版图片：记者 某某".
constexpr std::array<std::string_view, 28> kCredits = {
    "文图", "图文", "文/图", "摄", "摄影", "报道", "报导", "发自", "整理", "采写", "文", "图",
    "视频", "制图", "综合报道", "通讯", "联合报道", "摄影报道", "图片报道", "视频报道", "文并摄", "供图",
    "本版摄影", "本版图片", "本版供图", "本版制图", "图片", "本版视频"};

bool is_credit(std::string_view t) {
  for (std::string_view c : kCredits) {
    if (t == c) return true;
  }
  return false;
}

// The desk's credits (责任编辑：某某, 审核 某某): who edited or checked a piece, not who wrote
// it. Longer forms first, so that a line is read by its longest credit.
constexpr std::string_view kDeskRoles[] = {
    "责任编辑", "值班编辑", "本版编辑", "执行编辑", "编辑", "责编", "审核", "审校", "审读", "校对", "美编",
    "终审", "复审", "初审", "一审", "二审", "三审", "监制", "主编"};

// Words that follow 记者 in the name of a column, not a byline (记者手记：, 记者观察).
constexpr std::string_view kColumnWords[] = {"手记", "观察", "调查", "札记", "日记", "笔记", "专访", "述评", "来信", "感言", "视点", "直击"};

// A personal name as bylines print it: 2-5 Han characters, or a transcribed name with
// '·' (up to 12 characters); not a column's word.
bool is_name(std::string_view t) {
  for (std::string_view w : kColumnWords) {
    if (t == w) return false;
  }
  size_t n = 0, i = 0;
  bool dot = false;
  while (i < t.size()) {
    const char32_t c = next_code_point(t, i);
    if (c == 0xB7) {
      dot = true;
    } else if (!is_han(c)) {
      return false;
    }
    ++n;
  }
  return n >= 2 && (n <= 5 || (dot && n <= 12));
}

// "张三摄" -> "张三", "张三/文" -> "张三": a credit word glued to the name.
std::string_view strip_credit_suffix(std::string_view t) {
  for (std::string_view suffix : {std::string_view("/文图"), std::string_view("/文"), std::string_view("/图"),
                                  std::string_view("/摄"), std::string_view("文图"), std::string_view("摄影报道"),
                                  std::string_view("报道"),
                                  std::string_view("摄影"), std::string_view("摄")}) {
    if (t.size() > suffix.size() + 3 && t.ends_with(suffix)) return t.substr(0, t.size() - suffix.size());
  }
  return t;
}

// Decorations some papers print before a byline or a lead ("□记者 李某", "■本报讯").
bool is_ornament(char32_t c) {
  return c == U'□' || c == U'■' || c == U'◎' || c == U'●' || c == U'○' || c == U'▲' || c == U'△' || c == U'◆' ||
         c == U'◇' || c == U'★' || c == U'☆' || c == U'▶' || c == U'►' || c == U'•';
}

// What a rule between two items is drawn with ("——————", "------", "━━━", "＝＝＝").
bool is_rule_mark(char32_t c) {
  return c == U'—' || c == U'─' || c == U'━' || c == U'-' || c == U'_' || c == U'=' || c == U'＝' || c == U'－' ||
         c == U'~' || c == U'～' || c == U'*' || c == U'＊' || c == U'┅' || c == U'┄' || c == U'·' || c == U'…';
}

std::string_view strip_ornaments(std::string_view t) {
  for (;;) {
    size_t i = 0;
    if (t.empty()) return t;
    if (!is_ornament(next_code_point(t, i))) return t;
    t.remove_prefix(i);
  }
}

// Splits on spaces, '、', '，', ',', '；' and colons ("记者：钱某").
std::vector<std::string_view> byline_tokens(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0, start = 0;
  while (i < s.size()) {
    const size_t at = i;
    const char32_t c = next_code_point(s, i);
    if (is_space_cp(c) || c == U'、' || c == U'，' || c == U',' || c == U'；' || c == U'：' || c == U':') {
      if (at > start) out.push_back(s.substr(start, at - start));
      start = i;
    }
  }
  if (s.size() > start) out.push_back(s.substr(start));
  return out;
}

bool is_org_char(char32_t c) { return is_han(c) || c == 0xB7; }

// "(...)", "（...）" or "【...】" at `i`: the content, and the end in `end`. Round brackets
// may be mixed ("(记者 某某）"): normalization turns only some of them full-width.
std::optional<std::string_view> parenthesized(std::string_view s, size_t i, size_t& end) {
  struct Pair {
    std::string_view open, close, other_close;
  };
  static constexpr Pair kPairs[] = {{"（", "）", ")"}, {"(", ")", "）"}, {"【", "】", "】"}, {"〔", "〕", "〕"}};
  const std::string_view rest = s.substr(i);
  for (const Pair& pair : kPairs) {
    if (!rest.starts_with(pair.open)) continue;
    const size_t b = i + pair.open.size();
    size_t e = std::string_view::npos;
    for (std::string_view close : {pair.close, pair.other_close}) {
      const size_t p = s.find(close, b);
      if (p != std::string_view::npos && (e == std::string_view::npos || p < e)) {
        e = p;
        end = p + close.size();
      }
    }
    if (e == std::string_view::npos) return std::nullopt;
    return s.substr(b, e - b);
  }
  return std::nullopt;
}

size_t skip_spaces(std::string_view s, size_t i) {
  while (i < s.size()) {
    size_t j = i;
    if (!is_space_cp(next_code_point(s, j))) break;
    i = j;
  }
  return i;
}

// "本报讯", "又讯", ...: a fixed lead word. Returns its length or 0.
size_t fixed_lead(std::string_view line) {
  static constexpr std::string_view kWords[] = {"本报讯", "又讯", "本刊讯", "综合讯", "本报电",
                                                "本台消息", "本报消息", "本台记者报道", "本台报道"};
  if (!(starts(line, "本") || starts(line, "又") || starts(line, "综"))) return 0;
  for (std::string_view w : kWords) {
    if (starts(line, w)) return w.size();
  }
  return 0;
}

bool ends_with_org(std::string_view s) {
  for (std::string_view w : {std::string_view("社"), std::string_view("报"), std::string_view("网"),
                             std::string_view("台"), std::string_view("客户端")}) {
    if (s.ends_with(w)) return true;
  }
  return false;
}

// "新华社北京1月9日电", "本报北京2月24日电", "中新网郑州8月3日电", "新华社电": an org
// (本报, or Han characters ending in 社/报/网/台), a place, an optional date, then 电.
// `reporter_inside` is set when a dateline was found but names a reporter before 电
// ("中央社记者钟某台北22日电"): see agency_reporter_dateline.
size_t dateline_lead(std::string_view line, bool* reporter_inside = nullptr) {
  size_t i = 0, han = 0;
  bool date = false, org = starts(line, "本报");
  while (i < line.size() && han < 24) {
    const size_t at = i;
    const char32_t c = next_code_point(line, i);
    // "本报赣州5月2日讯": a paper's own dateline ends with 讯 as a wire's ends with 电.
    if (c == U'电' || (c == U'讯' && (date || starts(line, "本报")))) {
      const std::string_view before = line.substr(0, at);
      if (before.empty()) return 0;
      if (before.find("记者") != std::string_view::npos) {
        if (reporter_inside != nullptr) *reporter_inside = true;
        return 0;
      }
      if (!org) return 0;
      // Without a date the dateline needs a wire service (…社) or a clear break after it.
      if (!date && !before.ends_with("社") && !starts(line, "本报")) {
        size_t k = i;
        if (k < line.size() && is_han(next_code_point(line, k))) return 0;
      }
      return i;
    }
    if (c >= '0' && c <= '9') {
      // A date: digits 月 digits 日, right before 电.
      size_t j = at;
      while (j < line.size() && line[j] >= '0' && line[j] <= '9') ++j;
      if (line.substr(j).starts_with("日电") || line.substr(j).starts_with("日讯")) {  // "台北22日电": the day alone
        i = j + 3;
        date = true;
        continue;
      }
      if (!line.substr(j).starts_with("月")) return 0;
      j += 3;
      const size_t d = j;
      while (j < line.size() && line[j] >= '0' && line[j] <= '9') ++j;
      if (j == d || !line.substr(j).starts_with("日")) return 0;
      i = j + 3;
      date = true;
      if (!line.substr(i).starts_with("电") && !line.substr(i).starts_with("讯")) return 0;
      continue;
    }
    // "新华社记者李某、王某北京5日电": names listed before the place (see reporter_inside).
    if (c == U'、' && !date && line.substr(0, at).find("记者") != std::string_view::npos) continue;
    if (!is_org_char(c) || date) return 0;
    ++han;
    if (!org && ends_with_org(line.substr(0, i))) org = true;
  }
  return 0;
}

// "央视网消息（新闻联播）：", "人民网消息：": an org, 消息, an optional programme in
// parentheses, then a colon.
size_t news_lead(std::string_view line, size_t& lead_end) {
  const size_t p = line.substr(0, 96).find("消息");
  if (p == std::string_view::npos || p == 0 || p > 30) return 0;
  const std::string_view org = line.substr(0, p);
  size_t i = 0;
  while (i < org.size()) {
    if (!is_org_char(next_code_point(org, i))) return 0;
  }
  if (!ends_with_org(org)) return 0;
  size_t j = p + std::string_view("消息").size();
  lead_end = j;
  size_t close = 0;
  if (auto programme = parenthesized(line, j, close); programme && count_chars(*programme) <= 16) {
    j = close;
    lead_end = j;
  }
  for (std::string_view colon : {std::string_view("："), std::string_view(":")}) {
    if (line.substr(j).starts_with(colon)) return j + colon.size();
  }
  return 0;
}

// "本报讯 记者 周某 通讯员 李某 近日，……": a byline without brackets after the lead, as
// space-separated tokens ending before the body. Returns where it ends (`i` when there is
// none) and fills `reporters`.
size_t inline_byline(std::string_view line, size_t i, std::vector<Reporter>& reporters,
                     const PrintedText* printed) {
  const std::string_view head = line.substr(i, 48);
  bool role_first = false;
  for (std::string_view r : kRoles) role_first = role_first || head.find(r) != std::string_view::npos;
  if (!role_first) return i;
  // Grow the byline one token at a time while it still parses; the body's first token
  // ("近日，南湖县……") never does.
  size_t end = i, best = i;
  for (int tokens = 0; tokens < 12 && end < line.size(); ++tokens) {
    size_t next = end;
    while (next < line.size()) {
      size_t j = next;
      if (is_space_cp(next_code_point(line, j))) break;
      next = j;
    }
    // "报道：" ends the byline, even glued to the body ("报道：近日，……").
    bool closed = false;
    for (std::string_view report : {std::string_view("报道："), std::string_view("报道:")}) {
      const size_t p = line.substr(end, next - end).find(report);
      if (p != std::string_view::npos) {
        next = end + p + report.size();
        closed = true;
        break;
      }
    }
    std::string_view candidate = trim_spaces(line.substr(i, next - i));
    for (std::string_view colon : {std::string_view("："), std::string_view(":")}) {
      if (candidate.ends_with(colon)) candidate.remove_suffix(colon.size());
    }
    auto parsed = parse_byline(candidate, printed);
    if (!parsed) {
      // A role alone ("记者") does not parse yet: give it its names.
      if (best == i && tokens < 2) {
        end = skip_spaces(line, next);
        continue;
      }
      break;
    }
    reporters = std::move(*parsed);
    best = next;
    if (closed) break;
    end = skip_spaces(line, next);
  }
  if (best == i) reporters.clear();
  return best;
}

}  // namespace

size_t count_chars(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string_view trim_spaces(std::string_view s) {
  size_t b = skip_spaces(s, 0);
  size_t e = s.size();
  while (e > b) {
    size_t k = e - 1;
    while (k > b && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    size_t j = k;
    if (!is_space_cp(next_code_point(s, j))) break;
    e = k;
  }
  return s.substr(b, e - b);
}

std::string PrintedText::of(std::string_view piece) const {
  if (origin == nullptr || piece.empty() || piece.data() < normalized.data() ||
      piece.data() + piece.size() > normalized.data() + normalized.size()) {
    return std::string(piece);
  }
  const size_t b = static_cast<size_t>(piece.data() - normalized.data());
  size_t last = b + piece.size() - 1;
  while (last > b && (static_cast<unsigned char>(normalized[last]) & 0xC0) == 0x80) --last;
  const size_t ob = (*origin)[b];
  size_t oe = (*origin)[last];
  if (ob > original.size() || oe >= original.size() || oe < ob) return std::string(piece);
  next_code_point(original, oe);
  return std::string(original.substr(ob, oe - ob));
}

bool PrintedText::differs(std::string_view piece) const { return of(piece) != piece; }

namespace {

// Where reporters file from without a place word at the end ("北京报道", "台北報導"):
// capitals, the big cities, the places papers keep correspondents in.
bool is_known_place(std::string_view p) {
  static constexpr std::string_view kPlaces[] = {
      "北京", "上海", "天津", "重庆", "香港", "澳门", "台北", "高雄", "台中", "台南", "桃园", "新竹",
      "广州", "深圳", "南京", "杭州", "武汉", "成都", "西安", "沈阳", "长春", "哈尔滨", "石家庄", "太原",
      "呼和浩特", "济南", "郑州", "合肥", "南昌", "福州", "长沙", "南宁", "海口", "贵阳", "昆明", "拉萨",
      "兰州", "西宁", "银川", "乌鲁木齐", "大连", "青岛", "宁波", "厦门", "苏州", "珠海", "东莞", "佛山",
      "无锡", "温州", "南沙", "前海", "横琴", "雄安", "浦东", "三亚", "华盛顿", "纽约", "伦敦", "巴黎",
      "东京", "莫斯科", "柏林", "首尔", "日内瓦", "布鲁塞尔", "新加坡", "曼谷", "雅加达", "联合国"};
  for (std::string_view k : kPlaces) {
    if (p == k) return true;
  }
  return false;
}

bool ends_like_place(std::string_view place) {
  for (std::string_view suffix : {"市", "县", "区", "镇", "乡", "村", "省", "州", "港", "岛", "湾", "城"}) {
    if (place.ends_with(suffix)) return true;
  }
  return false;
}

// "报道" or Taiwan's "报导" (報導) closing a byline: its length, or 0.
size_t report_suffix(std::string_view token) {
  return token.ends_with("报道") || token.ends_with("报导") ? std::string_view("报道").size() : 0;
}

// "灣仔報道", "北京报道", "台北報導" closing a byline: the place the reporter filed from.
bool is_place_credit(std::string_view token, const PrintedText* printed) {
  const size_t r = report_suffix(token);
  if (r == 0 || token.size() < 2 * 3 + r || token.size() > 8 * 3 + r) return false;
  const std::string_view place = token.substr(0, token.size() - r);
  if (ends_like_place(place) || is_known_place(place)) return true;
  return printed != nullptr && printed->differs(token);
}

// "駱嘉雯廣州報道", "岳明轩北京报道", "溫家瑜/台北報導": a name with the place the reporter
// filed from glued after it. Returns the name, or `token` when it is not so built. The
// place is one the reporter could file from (a known place, or one ending like a place,
// 市, 县, 州 ...); failing that, the name is taken as 3 characters when name and place
// together have 5 or more (as in agency datelines); 4 characters without a place are a
// name ("欧阳志远报道").
std::string_view strip_glued_place(std::string_view token) {
  const size_t r = report_suffix(token);
  if (r == 0) return token;
  const std::string_view rest = token.substr(0, token.size() - r);
  if (const size_t slash = rest.find('/'); slash != std::string_view::npos) {
    return slash > 0 && count_chars(rest.substr(slash + 1)) >= 2 ? rest.substr(0, slash) : token;
  }
  const size_t n = count_chars(rest);
  if (n < 4 || n > 12) return token;
  for (size_t i = 0; i < rest.size();) {
    if (!is_han(next_code_point(rest, i))) return token;
  }
  // Han characters are 3 bytes in UTF-8.
  for (bool known : {true, false}) {
    for (size_t name_chars : {3, 2, 4}) {
      if (name_chars + 2 > n) continue;
      const std::string_view place = rest.substr(name_chars * 3);
      if (known ? is_known_place(place) : ends_like_place(place)) return rest.substr(0, name_chars * 3);
    }
  }
  // Four characters and no place: a name of four ("欧阳志远报道").
  return n >= 5 ? rest.substr(0, 3 * 3) : token;
}

// "照片由某某摄", "图片由某某拍摄": the photographer's name, 2-4 characters.
std::optional<std::string_view> photo_by(std::string_view t) {
  t = trim_spaces(t);
  auto cut = [&t](std::initializer_list<std::string_view> words, bool front) {
    for (std::string_view w : words) {
      if (front ? t.starts_with(w) : t.ends_with(w)) {
        front ? t.remove_prefix(w.size()) : t.remove_suffix(w.size());
        return true;
      }
    }
    return false;
  };
  if (!cut({"照片由", "图片由", "图由"}, true) || !cut({"拍摄", "摄影", "摄"}, false)) return std::nullopt;
  const size_t n = count_chars(t);
  if (n < 2 || n > 4 || t.find(' ') != std::string_view::npos) return std::nullopt;
  return t;
}

// A credit printed before the names of who wrote the piece.
bool is_leading_credit(std::string_view t) {
  for (std::string_view c : {"文/图", "文图", "图文", "文", "图", "摄影", "摄", "供稿", "撰稿", "采写", "整理", "本版摄影",
                             "本版图片", "本版供图"}) {
    if (t == c) return true;
  }
  return false;
}

// A byline token that is a desk's credit (编辑, 审核, 校对 ...; tokens come without colons).
bool is_desk_credit(std::string_view t) {
  return std::find(std::begin(kDeskRoles), std::end(kDeskRoles), t) != std::end(kDeskRoles);
}

// An agency or a picture desk credited where a name would be ("（图 新华社）", "（摄影 某某社发）",
// "（图 视觉中国）"): no reporter.
bool is_agency(std::string_view t) {
  if (t.find("新华") != std::string_view::npos || t.find("视觉") != std::string_view::npos) return true;
  for (std::string_view end : {"社", "社发", "发", "网", "报", "台", "中国", "供图", "图片"}) {
    if (t.ends_with(end)) return true;
  }
  return false;
}

// A desk or an organization printed before the role or the names of a byline: ends like
// one (融媒体中心, 宣传部, 党政办, 新闻中心, 电视台, 报社), 4 to 20 characters of Han.
bool is_affiliation(std::string_view t) {
  const size_t n = count_chars(t);
  if (n < 4 || n > 20) return false;
  for (size_t i = 0; i < t.size();) {
    if (!is_han(next_code_point(t, i))) return false;
  }
  for (std::string_view end : {"中心", "部", "办", "办公室", "台", "社", "局", "委", "处", "科", "站", "所", "院",
                               "集团", "公司", "学校", "大学", "协会", "街道", "政府"}) {
    if (t.ends_with(end)) return true;
  }
  return false;
}

}  // namespace

std::optional<std::vector<Reporter>> parse_byline(std::string_view text, const PrintedText* printed) {
  std::vector<Reporter> out;
  std::string role, affiliation;
  bool any_role = false;
  bool desk_apart = false;  // the token before named the affiliation
  const std::vector<std::string_view> tokens = byline_tokens(text);
  for (size_t t = 0; t < tokens.size(); ++t) {
    std::string_view token = tokens[t];
    token = strip_ornaments(token);
    if (token.empty()) continue;
    // The desk's credits after the writers' ("供稿：某街道 编辑：某某 审核：某某"): whoever
    // follows edited or checked the piece and did not write it; the byline ends here.
    if (t > 0 && is_desk_credit(token)) break;
    // A credit before the names ("文/图 某某", "供稿：某单位 某某"): they wrote it.
    if (t == 0 && t + 1 < tokens.size() && is_leading_credit(token)) {
      role.assign(token);
      any_role = true;
      continue;
    }
    // An affiliation printed apart from the role after it ("某区融媒体中心 记者 某某"),
    // or, after a leading credit, before the name ("供稿：某街道党政办 某某").
    if (t + 1 < tokens.size() && out.empty() && is_affiliation(token) &&
        (!any_role || is_leading_credit(role))) {
      affiliation.assign(token);
      desk_apart = true;
      continue;
    }
    // Earliest role in the token; for equal starts the longer one (kRoles is ordered so).
    size_t best = std::string_view::npos;
    std::string_view best_role;
    for (std::string_view r : kRoles) {
      const size_t p = token.find(r);
      if (p != std::string_view::npos && p < best) {
        best = p;
        best_role = r;
      }
    }
    std::string_view name = token;
    if (best != std::string_view::npos) {
      std::string_view prefix = token.substr(0, best);
      for (std::string_view credit : {"文/", "图/", "摄/", "文图/"}) {
        if (prefix.starts_with(credit)) prefix.remove_prefix(credit.size());
      }
      // "正观新闻·清河晚报记者 王某 见习记者 陈某": the second reporter is of the same
      // paper. A correspondent (通讯员) usually is not.
      const bool same_paper = prefix.empty() && best_role != "通讯员" && best_role != "特约通讯员";
      if (!same_paper && !(prefix.empty() && desk_apart)) affiliation.assign(prefix);
      desk_apart = false;
      role.assign(best_role);
      any_role = true;
      name = token.substr(best + best_role.size());
      if (name.empty()) continue;
    } else if (t + 1 == tokens.size() && !out.empty() && is_place_credit(strip_ornaments(token), printed)) {
      continue;
    }
    if (is_credit(name)) continue;
    if (is_leading_credit(role) && is_agency(name)) continue;  // "（图 新华社）"
    // "发自北京" after the names, "尤某发自广州" glued: where the reporter filed from.
    if (name.starts_with("发自") && !out.empty() && count_chars(name) <= 10) continue;
    if (const size_t from = name.find("发自"); from != std::string_view::npos && from > 0) name = name.substr(0, from);
    for (std::string_view credit : {"文/", "图/", "摄/"}) {
      if (name.starts_with(credit)) name.remove_prefix(credit.size());
    }
    // "记者骆嘉雯广州报道": the place is a credit, not part of the name.
    if (any_role) name = strip_glued_place(name);
    name = strip_credit_suffix(name);
    if (!any_role || !is_name(name)) return std::nullopt;
    // A name glued to its role ("记者冯某") has at most 4 characters: "记者从会上获悉" is
    // a sentence.
    if (best != std::string_view::npos && name.data() != token.data() && count_chars(name) > 4 &&
        name.find("·") == std::string_view::npos) {
      return std::nullopt;
    }
    Reporter r{printed ? printed->of(name) : std::string(name), role, affiliation};
    bool seen = false;
    for (const Reporter& o : out) seen = seen || o.name == r.name;
    if (!seen) out.push_back(std::move(r));
  }
  if (out.empty()) return std::nullopt;
  return out;
}

namespace {

// "本报评论员", "短评", "社论", "本台记者报道。": a line that credits a desk or a column.
bool is_anonymous_credit(std::string_view line) {
  if (line.size() > 16 * 3) return false;
  while (line.ends_with("。")) line.remove_suffix(3);
  size_t end = 0;
  if (auto inner = parenthesized(line, 0, end); inner && end == line.size()) line = trim_spaces(*inner);
  for (std::string_view w : {"本报评论员", "本报特约评论员", "本刊评论员", "本台评论员", "评论员文章", "短评",
                             "社论", "时评", "快评", "本台记者报道", "本台报道", "本报记者报道",
                             "本台综合报道", "本报综合报道"}) {
    if (line == w) return true;
  }
  // "清河日报评论员", "清河日报特约评论员": a paper's commentator, unnamed.
  return line.ends_with("评论员") && count_chars(line) <= 12 &&
         line.find(' ') == std::string_view::npos && line.find("，") == std::string_view::npos &&
         line.find("、") == std::string_view::npos;
}

}  // namespace

std::optional<std::vector<Reporter>> match_byline_line(std::string_view line, const PrintedText* printed) {
  line = trim_spaces(strip_ornaments(trim_spaces(line)));
  if (is_anonymous_credit(line)) return std::vector<Reporter>{};
  // A byline names a role near its start (after an affiliation such as "正观新闻·清河晚报").
  // Or, in brackets, a credit before the names: "（文/图 某某）", "（供稿：某单位 某某）".
  const std::string_view head = line.substr(0, 72);
  if (head.find("记者") == std::string_view::npos && head.find("通讯员") == std::string_view::npos &&
      head.find("实习生") == std::string_view::npos &&
      (line.size() > 20 * 3 || head.find("评论员") == std::string_view::npos)) {
    size_t close = 0;
    const auto inner = parenthesized(line, 0, close);
    if (!inner || close != line.size() || count_chars(*inner) > 30) return std::nullopt;
    const std::vector<std::string_view> tokens = byline_tokens(trim_spaces(*inner));
    if (tokens.size() < 2 || !is_leading_credit(tokens[0])) return std::nullopt;
  }
  if (line.empty() || line.size() > 60 * 4 || count_chars(line) > 60 || line.find("。") != std::string_view::npos) {
    return std::nullopt;
  }
  size_t end = 0;
  if (auto inner = parenthesized(line, 0, end); inner && end == line.size()) line = *inner;
  return parse_byline(line, printed);
}

namespace {

// After a lead ending at `i`: an optional byline ("（记者 李某）", "记者 李某 报道：") and
// colon; sets the reporters (unless `m` has some already) and where the body begins.
void read_after_lead(std::string_view line, size_t i, LeadMatch& m, const PrintedText* printed) {
  i = skip_spaces(line, i);
  size_t close = 0;
  if (auto inner = parenthesized(line, i, close)) {
    if (auto reporters = parse_byline(*inner, printed)) {
      if (m.reporters.empty()) m.reporters = std::move(*reporters);
      i = skip_spaces(line, close);
    }
  } else if (m.reporters.empty()) {
    std::vector<Reporter> found;
    if (size_t end = inline_byline(line, i, found, printed); end > i) {
      m.reporters = std::move(found);
      i = skip_spaces(line, end);
    }
  }
  for (std::string_view colon : {std::string_view("："), std::string_view(":")}) {
    if (line.substr(i).starts_with(colon)) i = skip_spaces(line, i + colon.size());
  }
  m.body_begin = i;
}

// "大公报讯", "明报专讯": a paper's own news mark, as Hong Kong papers print it in brackets.
size_t paper_news_mark(std::string_view content) {
  if (count_chars(content) > 10) return 0;
  for (size_t i = 0; i < content.size();) {
    if (!is_org_char(next_code_point(content, i))) return 0;
  }
  for (std::string_view w : {"报讯", "报专讯", "社讯", "网讯", "台讯"}) {
    if (content.ends_with(w) && content.size() > w.size()) return content.size();
  }
  return 0;
}

// "【新华社北京1月9日电】", "【环球时报综合报道】", "【环球时报报道 记者 李某】", "【本報訊】",
// "【大公報訊】": a lead in square brackets, with an optional byline inside or after it.
std::optional<LeadMatch> bracketed_lead(std::string_view line, const PrintedText* printed) {
  size_t end = 0;
  const auto inner = parenthesized(line, 0, end);
  if (!inner || !line.starts_with("【") || count_chars(*inner) > 40) return std::nullopt;
  const std::string_view content = trim_spaces(*inner);
  size_t lead_end = 0;
  const size_t skip = content.starts_with("据") ? std::string_view("据").size() : 0;
  if (size_t n = fixed_lead(content.substr(skip)); n > 0) {
    lead_end = skip + n;
  } else if (size_t d = dateline_lead(content.substr(skip)); d > 0) {
    lead_end = skip + d;
  } else if (size_t mark = paper_news_mark(content.substr(skip)); mark > 0) {
    lead_end = skip + mark;
  } else {
    const size_t p = content.find("报道");
    if (p == std::string_view::npos || p == 0 || p > 36) return std::nullopt;
    lead_end = p + std::string_view("报道").size();
  }
  LeadMatch m;
  m.lead.assign(content.substr(0, lead_end));
  // "【本報記者 洪某報道】", "【记者 王某 北京报道】": the byline is the lead; its names are
  // the article's reporters.
  if (const std::string_view lead = content.substr(0, lead_end);
      lead.ends_with("报道") && lead.find("记者") != std::string_view::npos) {
    if (auto reporters = parse_byline(lead, printed)) m.reporters = std::move(*reporters);
  }
  const std::string_view rest = trim_spaces(content.substr(lead_end));
  if (!rest.empty()) {
    auto reporters = parse_byline(rest, printed);
    if (!reporters) return std::nullopt;
    m.reporters = std::move(*reporters);
  }
  read_after_lead(line, end, m, printed);
  return m;
}

// "中央社记者钟某台北22日电", "新华社记者李某、王某北京5日电": an agency (…社, …网 ...),
// 记者, the names with the place glued to the last one, a date, 电. Returns the end of 电
// (0 when the line does not open so) and fills `reporters`.
size_t agency_reporter_dateline(std::string_view line, std::vector<Reporter>& reporters,
                                const PrintedText* printed) {
  const size_t r = line.substr(0, 12 * 3).find("记者");
  if (r == std::string_view::npos || r < 2 * 3) return 0;
  const std::string_view org = line.substr(0, r);
  for (size_t i = 0; i < org.size();) {
    if (!is_org_char(next_code_point(org, i))) return 0;
  }
  if (!ends_with_org(org)) return 0;
  const size_t names_begin = r + std::string_view("记者").size();
  size_t i = names_begin;
  while (i < line.size() && i - names_begin < 24 * 3) {
    size_t j = i;
    const char32_t c = next_code_point(line, j);
    if (c >= '0' && c <= '9') break;
    if (!is_han(c) && c != U'、' && c != 0xB7) return 0;
    i = j;
  }
  const size_t names_end = i;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
  if (i == names_end) return 0;
  if (line.substr(i).starts_with("月")) {
    i += 3;
    const size_t d = i;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
    if (i == d) return 0;
  }
  if (!line.substr(i).starts_with("日电")) return 0;
  // The names: "、" separates them; the place is glued to the last one.
  std::vector<std::string_view> names;
  std::string_view rest = line.substr(names_begin, names_end - names_begin);
  for (size_t p = rest.find("、"); p != std::string_view::npos; p = rest.find("、")) {
    names.push_back(rest.substr(0, p));
    rest.remove_prefix(p + 3);
  }
  const size_t n = count_chars(rest);
  if (n < 3) return 0;
  const size_t name_chars = n >= 5 ? 3 : 2;
  names.push_back(rest.substr(0, name_chars * 3));  // Han characters are 3 bytes in UTF-8
  reporters.clear();
  for (std::string_view name : names) {
    if (!is_name(name)) return 0;
    reporters.push_back({printed ? printed->of(name) : std::string(name), "记者", std::string(org)});
  }
  return i + std::string_view("日电").size();
}

// "07:02 【要闻】昨天下午，……": a TV rundown's item, a time of the broadcast and the item's
// section in brackets, then its text. Returns where the text begins (0 when the line does
// not open so, or the item has no text: "07:00 【片头】").
size_t rundown_time_lead(std::string_view line) {
  size_t i = 0;
  const auto digits = [&](size_t lo, size_t hi) {
    size_t n = 0;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9' && n < hi) ++i, ++n;
    return n >= lo;
  };
  if (!digits(1, 2)) return 0;
  if (line.substr(i).starts_with(":")) {
    i += 1;
  } else if (line.substr(i).starts_with("：")) {
    i += std::string_view("：").size();
  } else {
    return 0;
  }
  if (!digits(2, 2)) return 0;
  i = skip_spaces(line, i);
  if (!line.substr(i).starts_with("【")) return 0;
  size_t end = 0;
  const auto tag = parenthesized(line, i, end);
  if (!tag || tag->empty() || count_chars(*tag) > 6) return 0;
  const size_t body = skip_spaces(line, end);
  return body < line.size() ? body : 0;
}

// A lead at the start of `line` (trimmed, without ornaments); offsets relative to `line`.
std::optional<LeadMatch> lead_at_start(std::string_view line, const PrintedText* printed) {
  if (const size_t body = rundown_time_lead(line); body > 0) {
    LeadMatch m;
    m.lead.assign(trim_spaces(line.substr(0, body)));
    m.body_begin = body;
    return m;
  }
  if (line.starts_with("【")) return bracketed_lead(line, printed);
  if (line.starts_with("〔")) {
    // "〔記者溫家瑜／台北報導〕行政院長……" (Taiwan): the byline in its brackets is the lead.
    size_t end = 0;
    const auto inner = parenthesized(line, 0, end);
    if (!inner || count_chars(*inner) > 40) return std::nullopt;
    auto reporters = parse_byline(*inner, printed);
    if (!reporters || skip_spaces(line, end) >= line.size()) return std::nullopt;
    LeadMatch m;
    m.lead.assign(trim_spaces(*inner));
    m.reporters = std::move(*reporters);
    read_after_lead(line, end, m, printed);
    return m;
  }
  // "香港文匯報訊（記者 某某）", "大公報訊 ……": a paper's own news mark without brackets,
  // followed by a byline in parentheses, a space or a colon.
  if (const size_t p = line.substr(0, 13 * 3).find("讯"); p != std::string_view::npos && p > 0) {
    const size_t after = p + std::string_view("讯").size();
    const std::string_view next = line.substr(after);
    const bool separated = next.starts_with("（") || next.starts_with("(") || next.starts_with(" ") ||
                           next.starts_with("：") || next.starts_with(":");
    if (separated && fixed_lead(line) == 0 && paper_news_mark(line.substr(0, after)) > 0) {
      LeadMatch m;
      m.lead.assign(line.substr(0, after));
      read_after_lead(line, after, m, printed);
      return m;
    }
  }

  if ((starts(line, "本报") || starts(line, "本台")) && role_at(line, std::string_view("本报").size())) {
    // "本报记者甘某报道：东湾昨日……" (Hong Kong style): the byline is the lead.
    LeadMatch m;
    const size_t end = inline_byline(line, 0, m.reporters, printed);
    std::string_view head = trim_spaces(line.substr(0, end));
    if (end > 0 && (head.ends_with("报道：") || head.ends_with("报道:")) && skip_spaces(line, end) < line.size()) {
      head.remove_suffix(head.ends_with(":") ? 1 : 3);
      m.lead.assign(head);
      m.body_begin = skip_spaces(line, end);
      return m;
    }
  }
  size_t start = 0;
  if (starts(line, "据")) start = std::string_view("据").size();
  const std::string_view rest = line.substr(start);
  size_t lead_len = fixed_lead(rest);
  size_t after = 0;
  if (lead_len > 0) {
    after = start + lead_len;
    // "本台记者报道。" closing a TV item is a credit, not the lead of a new one.
    if (rest.starts_with("本台") && trim_spaces(line.substr(after)).find_first_not_of("。.") == std::string_view::npos) {
      return std::nullopt;
    }
  } else if (bool reporter_inside = false; (lead_len = dateline_lead(rest, &reporter_inside)) > 0) {
    after = start + lead_len;
  } else if (reporter_inside) {
    LeadMatch m;
    const size_t end = agency_reporter_dateline(line, m.reporters, printed);
    if (end == 0) return std::nullopt;
    m.lead.assign(line.substr(0, end));
    read_after_lead(line, end, m, printed);
    return m;
  } else {
    size_t lead_end = 0;
    const size_t body = news_lead(rest, lead_end);
    if (body == 0) return std::nullopt;
    LeadMatch m;
    m.lead.assign(line.substr(0, start + lead_end));
    m.body_begin = skip_spaces(line, start + body);
    return m;
  }
  LeadMatch m;
  m.lead.assign(line.substr(0, after));
  read_after_lead(line, after, m, printed);
  return m;
}

}  // namespace

std::optional<LeadMatch> match_lead(std::string_view line, const PrintedText* printed) {
  const std::string_view clean = trim_spaces(strip_ornaments(trim_spaces(line)));
  auto m = lead_at_start(clean, printed);
  if (m) m->body_begin += static_cast<size_t>(clean.data() - line.data());
  return m;
}

std::optional<TrailingByline> trailing_byline(std::string_view para, const PrintedText* printed) {
  if (para.ends_with("）") || para.ends_with(")") || para.ends_with("】") || para.ends_with("〕")) {
    for (std::string_view open : {"（", "(", "【", "〔"}) {
      const size_t p = para.rfind(open);
      if (p == std::string_view::npos || p == 0) continue;
      std::string_view inner = para.substr(p + open.size());
      inner.remove_suffix(inner.ends_with(")") ? 1 : 3);
      if (auto reporters = parse_byline(inner, printed)) return TrailingByline{p, std::move(*reporters)};
      if (auto photographer = photo_by(inner)) return TrailingByline{p, {Reporter{std::string(*photographer), "摄影", ""}}};
    }
    return std::nullopt;
  }
  // "图为……。记者冯某 摄": a photo credit after the caption's last sentence.
  if (para.ends_with("摄") || para.ends_with("摄影")) {
    size_t p = 0;
    for (std::string_view stop : {"。", "！", "？", "）", "”"}) {
      const size_t q = para.rfind(stop);
      if (q != std::string_view::npos && q + stop.size() > p) p = q + stop.size();
    }
    const std::string_view credit = trim_spaces(para.substr(p));
    if (p == 0 || count_chars(credit) > 30) return std::nullopt;
    // "记者冯某 摄", "记者马某摄", "大公报记者庞某摄", "新华社记者欧阳某摄"; "记者在现场拍摄"
    // is a sentence cut by the layout.
    if (credit.find(' ') == std::string_view::npos) {
      const size_t role = credit.find("记者");
      const std::string_view after = role == std::string_view::npos ? credit : credit.substr(role + 6);
      const size_t limit = role == std::string_view::npos ? 9 : 5;  // the name and 摄 after 记者
      if (count_chars(credit) > 14 || credit.find("拍摄") != std::string_view::npos || count_chars(after) > limit) {
        return std::nullopt;
      }
      for (std::string_view verb : {"在", "从", "于", "对", "向", "为", "到", "用", "将", "把"}) {
        if (after.starts_with(verb)) return std::nullopt;
      }
    }
    if (auto reporters = parse_byline(credit, printed)) {
      return TrailingByline{static_cast<size_t>(credit.data() - para.data()), std::move(*reporters)};
    }
  }
  return std::nullopt;
}

bool ends_paragraph(std::string_view paragraph) {
  paragraph = trim_spaces(paragraph);
  switch (last_code_point(paragraph)) {
    case U'。': case U'！': case U'？': case U'!': case U'?': case U'；': case U';':
    case U'：': case U':': case U'…': case U'”': case U'’': case U'」': case U'』':
    case U'"':
      return true;
    default:
      return paragraph.ends_with("（完）") || paragraph.ends_with("(完)") || trailing_byline(paragraph);
  }
}

bool looks_like_headline(std::string_view line) {
  line = trim_spaces(line);
  if (line.empty() || line.size() > 64 * 4 || count_chars(line) > 64) return false;
  if (line.find("。") != std::string_view::npos) return false;
  size_t commas = 0;
  for (size_t p = line.find("，"); p != std::string_view::npos; p = line.find("，", p + 1)) {
    ++commas;
  }
  if (commas > 1) return false;
  switch (last_code_point(line)) {
    case U'，': case U'、': case U'；': case U';': case U'：': case U':': case U'…': case U',':
      return false;
    default:
      break;
  }
  // A headline may end with a quotation: "……要做好“超级联系人”", "……「超级联系人」".
  return !ends_paragraph(line) || line.ends_with("！") || line.ends_with("？") ||
         line.ends_with("”") || line.ends_with("」") || line.ends_with("』");
}

namespace {

// "首页 > 新闻中心 > 本地要闻", "新华网 > 时政 > 正文", "当前位置：首页>新闻": a web page's
// breadcrumb, short items between '>' (or '»', '›', '→').
bool is_breadcrumb(std::string_view line) {
  for (std::string_view here : {"当前位置：", "当前位置:", "您的位置：", "您的位置:", "您现在的位置：",
                                "您现在的位置:", "你的位置：", "位置："}) {
    if (line.starts_with(here)) line.remove_prefix(here.size());
  }
  size_t separators = 0, item = 0;
  for (size_t i = 0; i < line.size();) {
    const char32_t c = next_code_point(line, i);
    if (c == '>' || c == U'»' || c == U'›' || c == U'→' || c == U'＞' || c == U'〉') {
      if (item == 0) return false;
      ++separators;
      item = 0;
    } else if (c == U'。' || c == U'，') {
      return false;
    } else if (!is_space_cp(c) && ++item > 16) {
      return false;
    }
  }
  return item > 0 && (separators >= 2 || (separators == 1 && line.starts_with("首页")));
}

// A web copy's metadata: "发布日期：2026-03-18 09:12 来源：某某", "2026-09-20 21:36:08 来源：新华社",
// "浏览次数：128", "字号：大 中 小", "【打印】【关闭】", "分享到：", the site's name
// ("某某县人民政府门户网站").
// "2026-05-18", "2026年5月18日", "2026.05.18" anywhere in `line`: a year of four digits
// followed by a month.
bool has_full_date(std::string_view line) {
  for (size_t i = 0; i + 4 < line.size(); ++i) {
    if (i > 0 && line[i - 1] >= '0' && line[i - 1] <= '9') continue;
    size_t j = i;
    while (j < line.size() && line[j] >= '0' && line[j] <= '9') ++j;
    if (j - i != 4) continue;
    std::string_view rest = line.substr(j);
    for (std::string_view sep : {"-", "年", ".", "/"}) {
      if (rest.starts_with(sep) && rest.size() > sep.size() && rest[sep.size()] >= '0' && rest[sep.size()] <= '9') {
        return true;
      }
    }
  }
  return false;
}

// "19:42", "9:05": a clock time.
bool has_clock_time(std::string_view line) {
  for (size_t p = line.find(':'); p != std::string_view::npos; p = line.find(':', p + 1)) {
    if (p > 0 && p + 2 < line.size() && line[p - 1] >= '0' && line[p - 1] <= '9' && line[p + 1] >= '0' &&
        line[p + 1] <= '9' && line[p + 2] >= '0' && line[p + 2] <= '9') {
      return true;
    }
  }
  return false;
}

bool is_web_page_furniture(std::string_view line) {
  if (line.find("。") != std::string_view::npos || count_chars(line) > 60) return false;
  if (is_breadcrumb(line)) return true;
  // A WeChat article's header: the account, the time it was posted and where from
  // ("清河发布 2026-05-18 19:42 发表于浙江", "原创 清河发布 2026年5月18日 19:42").
  if (count_chars(line) <= 40 && line.find("，") == std::string_view::npos && has_full_date(line) &&
      (has_clock_time(line) || line.find("发表于") != std::string_view::npos)) {
    return true;
  }
  for (std::string_view field : {"发布日期", "发布时间", "发稿时间", "更新时间", "日期：", "时间：", "浏览次数",
                                 "点击数", "点击量", "阅读次数", "阅读量", "访问量", "字号", "【字体", "字体：",
                                 "【打印", "打印本页", "【关闭", "关闭窗口", "分享到", "信息来源", "稿件来源",
                                 "文章来源", "作者：", "作者:", "【收藏", "【大 中 小】", "【大】", "原标题：",
                                 "原标题:", "上一篇", "下一篇", "点击：", "点击:", "扫一扫", "【我要纠错】"}) {
    if (line.starts_with(field)) return true;
  }
  // A time stamp with the source: "2026-09-20 21:36:08 来源：新华社", "2026年03月18日 09:12".
  if (!line.empty() && line[0] >= '0' && line[0] <= '9') {
    size_t digits = 0, i = 0;
    while (i < line.size() && ((line[i] >= '0' && line[i] <= '9') || line[i] == '-' || line[i] == ':' ||
                               line[i] == ' ' || line[i] == '/' || line[i] == '.')) {
      digits += line[i] >= '0' && line[i] <= '9';
      ++i;
    }
    const std::string_view rest = trim_spaces(line.substr(i));
    if (digits >= 8 && (rest.empty() || rest.starts_with("来源") || rest.starts_with("作者") ||
                        rest.starts_with("编辑") || rest.starts_with("字号"))) {
      return true;
    }
  }
  for (std::string_view site : {"门户网站", "政府网", "官方网站", "人民政府网站", "融媒体中心网站"}) {
    if (line.ends_with(site) && count_chars(line) <= 20 && line.find(' ') == std::string_view::npos) return true;
  }
  // "【打印】 【关闭】": only buttons.
  return line.starts_with("【") && line.ends_with("】") && count_chars(line) <= 24 &&
         (line.find("打印") != std::string_view::npos || line.find("关闭") != std::string_view::npos);
}

}  // namespace

std::vector<std::string> editor_names(std::string_view line) {
  std::vector<std::string> names;
  line = trim_spaces(line);
  if (!is_page_furniture(line)) return names;
  // A photo credit inside the line (图 本报记者 X 摄) names a photographer, not an editor.
  static constexpr std::string_view kPhotoCredit[] = {"图", "图片", "摄影", "摄", "制图", "视频"};
  static constexpr std::string_view kCredits[] = {"本报记者", "本台记者", "记者", "通讯员", "实习生", "特约记者"};
  bool role_seen = false;
  std::string token;
  auto flush = [&]() {
    for (std::string_view p : kPhotoCredit) role_seen &= token != p;
    for (std::string_view c : kCredits) {
      if (token == c) token.clear();
    }
    if (role_seen && !token.empty()) {
      const size_t n = count_chars(token);
      if (n >= 2 && n <= 10 && (n <= 4 || token.find("·") != std::string::npos)) names.push_back(token);
    }
    token.clear();
  };
  for (size_t i = 0; i < line.size();) {
    bool role = false;
    for (std::string_view r : kDeskRoles) {
      if (line.substr(i).starts_with(r)) {
        flush();
        role_seen = true;
        role = true;
        i += r.size();
        break;
      }
    }
    if (role) continue;
    size_t next = i;
    next_code_point(line, next);
    const size_t len = next - i;
    const std::string_view c = line.substr(i, len);
    const bool separator = c == " " || c == "\t" || c == "\u3000" || c == "：" || c == ":" || c == "、" || c == "，" || c == "," ||
                           c == "（" || c == "）" || c == "(" || c == ")" || c == "【" || c == "】" || c == "/" ||
                           c == "／" || c == "|" || c == "；" || c == ";";
    if (separator) {
      flush();
    } else {
      token.append(c);
    }
    i += len;
  }
  flush();
  return names;
}

bool is_date_tail(std::string_view rest) {
  for (size_t i = 0; i < rest.size();) {
    const char32_t c = next_code_point(rest, i);
    const bool date_char = (c >= '0' && c <= '9') || c == ' ' || c == U'年' || c == U'月' || c == U'日' ||
                           c == U'星' || c == U'期' || c == U'一' || c == U'二' || c == U'三' || c == U'四' ||
                           c == U'五' || c == U'六' || c == U'天' || c == '-' || c == '.' || c == '/';
    if (!date_char) return false;
  }
  return true;
}

bool is_page_furniture(std::string_view line) {
  line = trim_spaces(line);
  if (line.empty() || line.size() > 60 * 3) return false;
  // A row of ornaments ("◆", "◇◇◇", "★ ★ ★") or a rule of at least three dashes ("——————",
  // "- - -") between two items: a separator, no headline.
  {
    size_t i = 0, ornaments = 0, marks = 0;
    bool only = true;
    while (i < line.size() && only) {
      const char32_t c = next_code_point(line, i);
      if (c == U' ' || c == U'\t' || c == 0x3000) continue;
      if (is_ornament(c)) {
        ++ornaments;
      } else if (is_rule_mark(c)) {
        ++marks;
      } else {
        only = false;
      }
    }
    if (only && (ornaments > 0 || marks >= 3)) return true;
  }
  for (std::string_view credit : {"责任编辑", "责编", "校对", "美编", "版式设计", "版面设计", "组版",
                                   "【责任编辑", "【纠错】", "（责任编辑", "(责任编辑"}) {
    if (line.starts_with(credit)) return line.find("。") == std::string_view::npos;
  }
  // "编辑：某某", "编辑 某某", "本版编辑：某某", "（编辑 某某）".
  if (const size_t e = line.substr(0, 6 * 3).find("编辑"); e != std::string_view::npos) {
    const std::string_view before = line.substr(0, e);
    const std::string_view after = line.substr(e + std::string_view("编辑").size());
    const bool desk = before.empty() || before == "本版" || before == "值班" || before == "执行" || before == "（" ||
                      before == "(" || before == "（本版" || before == "(本版";
    const bool separated = after.starts_with("：") || after.starts_with(":") || after.starts_with(" ");
    if (desk && separated) return line.find("。") == std::string_view::npos;
  }
  // Jump lines: "（上接第一版）", "（下转第3版）".
  for (std::string_view jump : {"（上接", "（下转", "上接第", "下转第"}) {
    if (line.starts_with(jump) && count_chars(line) <= 16 && line.ends_with("版）")) return true;
  }
  // Web copies: "来源：清河日报", "（来源：新华社）".
  for (std::string_view source : {"来源：", "来源:", "（来源：", "(来源："}) {
    if (line.starts_with(source)) return count_chars(line) <= 30 && line.find("。") == std::string_view::npos;
  }
  if (is_web_page_furniture(line)) return true;
  // "第2版", "A03版", "第02版：要闻" with a weekday or a date: the running head.
  const bool weekday = line.find("星期") != std::string_view::npos || line.find("周一") != std::string_view::npos;
  size_t edition = std::string_view::npos;
  for (size_t p = line.find("版"); p != std::string_view::npos; p = line.find("版", p + 1)) {
    if (p > 0 && line[p - 1] >= '0' && line[p - 1] <= '9') edition = p;
  }
  if (weekday || (edition != std::string_view::npos && line.find("年") != std::string_view::npos)) return true;
  // "清河晚报 2027年1月9日 A03 要闻": a date and a page code (a letter and digits).
  if (count_chars(line) > 40 || line.find("，") != std::string_view::npos || !has_full_date(line)) return false;
  // "临江日报 2025年6月2日": a paper's name (…报), a space, then the date and nothing else.
  if (const size_t space = line.find(' '); space != std::string_view::npos && space > 0) {
    const std::string_view name = line.substr(0, space);
    const std::string_view rest = trim_spaces(line.substr(space));
    if (name.ends_with("报") && count_chars(name) <= 12 && has_full_date(rest) && is_date_tail(rest)) return true;
  }
  for (size_t i = 0; i + 1 < line.size(); ++i) {
    const bool letter = line[i] >= 'A' && line[i] <= 'Z' && (i == 0 || line[i - 1] == ' ');
    if (!letter) continue;
    size_t j = i + 1;
    while (j < line.size() && line[j] >= '0' && line[j] <= '9') ++j;
    if (j - i >= 2 && j - i <= 3 && (j == line.size() || line[j] == ' ')) return true;
  }
  return false;
}

}  // namespace guanxi
