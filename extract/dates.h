// Dates as Chinese news writes them: "2022年8月23日", "8月23日下午", "24日", "昨日"/"昨天"/
// "今天", "1月13日至15日", "日前"/"近日", resolved against the publication date.
//
// Resolution: a month and day without a year take the year (the publication year, the one
// before or the one after) that puts them closest to the publication date, so a January
// paper's "12月30日" is last year and a December paper's "1月5日" next year; a lone day
// ("24日") takes the closest month the same way; 昨天/昨日 is the day before, 前天 two
// days before, 今天/今日 the day itself, 明天/明日 the day after; 今年/去年/明年/前年
// before a month fix the year ("今年8月23日" in a January paper is this August). A range
// ("1月13日至15日", "8月23日至9月2日") is one mention resolved to its first day. Hong Kong,
// Macau and Taiwan forms: 前日 (two days before), 大前天 (three), a relative day followed by
// the day in brackets ("前日（20日）", "昨日（21日）": the bracketed day wins, as the closest
// such day); 本月/上月/下月 + day ("本月28日"); 上周/本周/这周/下周 (or 星期) + weekday
// ("上周五": the Friday of the week before the publication week, weeks start on Monday;
// "上周末" is not resolved). Month and
// day may be written in Chinese numerals (八月二十三日); a lone day must be in digits
// ("十日谈" is not a date). 日前, 近日, 连日, 近期 are found but never resolved. Pure
// functions, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/article.h"

namespace guanxi {

struct DateMention {
  Span span;              // in the searched text
  std::string written;    // as written ("8月23日下午")
  std::string iso;        // "2022-08-23" when resolved (first day of a range), else ""
  bool several_days = false;  // a range of days ("3日至5日", "8月3日-5日")
};

// Resolves one expression against `publication_date` (ISO, or "" when unknown). A January
// paper's "12月30日" is last year. Returns nullopt when it cannot be resolved: vague words
// (日前, 近日), or a relative date without a publication date.
std::optional<std::string> resolve_date(std::string_view expression,
                                        std::string_view publication_date);

// Every date expression in `text` (normalized article text), in order.
std::vector<DateMention> find_dates(std::string_view text, std::string_view publication_date);

// The date a dateline names ("新华社北京1月9日电", "中央社台北22日电"), resolved against the
// publication date; "" when the lead names none or it cannot be resolved. A wire story's
// lone days ("9日") are best resolved against it when the paper printed the story late.
std::string dateline_date(std::string_view lead, std::string_view publication_date);

// A publication date as metadata writes it: "2022-08-24", "2022/8/24", "2022.08.24",
// "20220824", "2022年8月24日", optionally followed by a time ("2022-08-24T08:00:00+08:00",
// "2022-08-24 08:00"). ISO "YYYY-MM-DD", or nullopt when it is not a valid date.
std::optional<std::string> parse_publication_date(std::string_view text);

// The date in a file name: "2022-08-24.txt", "20220824-05-01.txt", "zzwb_2022_08_24.txt"
// (the last path component first, then the directories: ".../2022/08/24/p1.txt" is not
// recognized, "2022-08-24/p1.txt" is). "" when there is none.
std::string date_from_path(std::string_view path);

}  // namespace guanxi
