#include "extract/dates.h"

#include <gtest/gtest.h>

namespace guanxi {
namespace {

TEST(ResolveDate, FullDate) {
  EXPECT_EQ(resolve_date("2022年8月23日", ""), "2022-08-23");
  EXPECT_EQ(resolve_date("2022年8月23日", "2023-01-01"), "2022-08-23");
  EXPECT_EQ(resolve_date("二〇二二年八月二十三日", ""), "2022-08-23");
}

TEST(ResolveDate, MonthDayTakesTheClosestYear) {
  EXPECT_EQ(resolve_date("8月23日下午", "2022-08-24"), "2022-08-23");
  EXPECT_EQ(resolve_date("12月30日", "2023-01-05"), "2022-12-30");  // a January paper
  EXPECT_EQ(resolve_date("1月5日", "2022-12-28"), "2023-01-05");    // announced in December
  EXPECT_EQ(resolve_date("4月27日", "2022-04-24"), "2022-04-27");   // a coming meeting
  EXPECT_EQ(resolve_date("八月二十三日", "2022-08-24"), "2022-08-23");
  EXPECT_EQ(resolve_date("8月23日", ""), std::nullopt);  // no year to take
}

TEST(ResolveDate, DayAloneTakesTheClosestMonth) {
  EXPECT_EQ(resolve_date("24日", "2022-08-25"), "2022-08-24");
  EXPECT_EQ(resolve_date("28日", "2022-03-02"), "2022-02-28");
  EXPECT_EQ(resolve_date("30日", "2022-03-02"), "2022-03-30") << "no 30 February; March is closer than January";
  EXPECT_EQ(resolve_date("31日", "2022-01-02"), "2021-12-31");
  EXPECT_EQ(resolve_date("24日", ""), std::nullopt);
}

TEST(ResolveDate, RelativeWords) {
  EXPECT_EQ(resolve_date("昨日", "2022-03-01"), "2022-02-28");
  EXPECT_EQ(resolve_date("昨天下午", "2022-01-01"), "2021-12-31");
  EXPECT_EQ(resolve_date("今天", "2022-08-24"), "2022-08-24");
  EXPECT_EQ(resolve_date("前天", "2022-08-24"), "2022-08-22");
  EXPECT_EQ(resolve_date("昨日", ""), std::nullopt);
}

TEST(ResolveDate, VagueAndInvalid) {
  EXPECT_EQ(resolve_date("日前", "2022-08-24"), std::nullopt);
  EXPECT_EQ(resolve_date("近日", "2022-08-24"), std::nullopt);
  EXPECT_EQ(resolve_date("2022年2月30日", ""), std::nullopt);
  EXPECT_EQ(resolve_date("会议", "2022-08-24"), std::nullopt);
  EXPECT_EQ(resolve_date("8月23日召开", "2022-08-24"), std::nullopt);  // not only a date
}

TEST(ResolveDate, YearNamedRelativeToThePaper) {
  EXPECT_EQ(resolve_date("今年8月23日", "2023-01-05"), "2023-08-23");  // not the closer 2022
  EXPECT_EQ(resolve_date("去年12月30日", "2023-03-01"), "2022-12-30");
  EXPECT_EQ(resolve_date("明年1月5日", "2023-03-01"), "2024-01-05");
  EXPECT_EQ(resolve_date("今年8月23日", ""), std::nullopt);
  EXPECT_EQ(resolve_date("今年", "2023-03-01"), std::nullopt);
}

TEST(ResolveDate, RangeResolvesToItsFirstDay) {
  EXPECT_EQ(resolve_date("2022年8月23日至25日", ""), "2022-08-23");
  EXPECT_EQ(resolve_date("8月23日至9月2日", "2022-09-03"), "2022-08-23");
  EXPECT_EQ(resolve_date("8月23日—24日", "2022-09-03"), "2022-08-23");
  EXPECT_EQ(resolve_date("23日至25日", "2022-09-03"), "2022-08-23");
  EXPECT_EQ(resolve_date("1月13日至15日", "2022-01-16"), "2022-01-13");
  EXPECT_EQ(resolve_date("4月26日至28日", "2022-04-24"), "2022-04-26");
}

TEST(FindDates, EveryExpressionInOrder) {
  const std::string text = "8月23日下午，会议召开。昨日，市领导调研。日前，会议决定于4月26日至28日举行。30日内完成。";
  const auto m = find_dates(text, "2022-08-24");
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].written, "8月23日下午");
  EXPECT_EQ(m[0].iso, "2022-08-23");
  EXPECT_EQ(text.substr(m[0].span.begin, m[0].span.end - m[0].span.begin), "8月23日下午");
  EXPECT_EQ(m[1].written, "昨日");
  EXPECT_EQ(m[1].iso, "2022-08-23");
  EXPECT_EQ(m[2].written, "日前");
  EXPECT_EQ(m[2].iso, "");
  EXPECT_EQ(m[3].written, "4月26日至28日");
  EXPECT_EQ(m[3].iso, "2022-04-26");  // April is closer to an August paper than next April
  EXPECT_FALSE(m[0].several_days);
  EXPECT_TRUE(m[3].several_days);
}

TEST(FindDates, ARangeIsSeveralDays) {
  for (const char* range : {"2022年8月23日至25日", "8月23日—24日", "23日到25日", "8月23日-9月2日"}) {
    const auto m = find_dates(range, "2022-09-03");
    ASSERT_EQ(m.size(), 1u) << range;
    EXPECT_TRUE(m[0].several_days) << range;
  }
  for (const char* day : {"8月23日", "2022年8月23日上午", "23日"}) {
    const auto m = find_dates(day, "2022-09-03");
    ASSERT_EQ(m.size(), 1u) << day;
    EXPECT_FALSE(m[0].several_days) << day;
  }
}

TEST(FindDates, KeptAsWrittenWithoutPublicationDate) {
  const auto m = find_dates("2022年8月23日和24日", "");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].iso, "2022-08-23");
  EXPECT_EQ(m[1].written, "24日");
  EXPECT_EQ(m[1].iso, "");
}

TEST(PublicationDate, MetadataForms) {
  EXPECT_EQ(parse_publication_date("2022-08-24"), "2022-08-24");
  EXPECT_EQ(parse_publication_date("2022/8/4"), "2022-08-04");
  EXPECT_EQ(parse_publication_date("20220824"), "2022-08-24");
  EXPECT_EQ(parse_publication_date("2022年8月24日"), "2022-08-24");
  EXPECT_EQ(parse_publication_date("2022-08-24T08:00:00+08:00"), "2022-08-24");
  EXPECT_EQ(parse_publication_date("2022-13-24"), std::nullopt);
  EXPECT_EQ(parse_publication_date("yesterday"), std::nullopt);
}

TEST(PublicationDate, FromFileNames) {
  EXPECT_EQ(date_from_path("archive/2022-08-24.txt"), "2022-08-24");
  EXPECT_EQ(date_from_path("20220824-05-01.txt"), "2022-08-24");
  EXPECT_EQ(date_from_path("zzwb_2022_08_24_p2.txt"), "2022-08-24");
  EXPECT_EQ(date_from_path("2022-08-24/page1.txt"), "2022-08-24");
  EXPECT_EQ(date_from_path("page-123456789.txt"), "");
  EXPECT_EQ(date_from_path("000_29bcaeff18446a5c.txt"), "");
}

// Hong Kong, Macau and Taiwan papers.
TEST(ResolveDate, TraditionalPapersRelativeDates) {
  EXPECT_EQ(resolve_date("前日", "2024-05-23"), "2024-05-21");
  EXPECT_EQ(resolve_date("大前天", "2024-05-23"), "2024-05-20");
  EXPECT_EQ(resolve_date("前日（20日）", "2024-05-23"), "2024-05-20");
  EXPECT_EQ(resolve_date("昨日（21日）", "2024-05-23"), "2024-05-21");
  EXPECT_EQ(resolve_date("昨日(30日)", "2024-06-01"), "2024-05-30");
  EXPECT_EQ(resolve_date("本月28日", "2024-05-23"), "2024-05-28");
  EXPECT_EQ(resolve_date("上月29日", "2024-03-02"), "2024-02-29") << "2024 is a leap year";
  EXPECT_EQ(resolve_date("上月30日", "2024-03-02"), std::nullopt) << "no 30 February";
  // 2024-05-23 is a Thursday; weeks start on Monday.
  EXPECT_EQ(resolve_date("上周五", "2024-05-23"), "2024-05-17");
  EXPECT_EQ(resolve_date("上星期一", "2024-05-23"), "2024-05-13");
  EXPECT_EQ(resolve_date("本周二", "2024-05-23"), "2024-05-21");
  EXPECT_EQ(resolve_date("下周日", "2024-05-23"), "2024-06-02");
  EXPECT_EQ(resolve_date("上周五", ""), std::nullopt);
  EXPECT_EQ(resolve_date("上周末", "2024-05-23"), std::nullopt);

  const auto found = find_dates("海滨新区前日（20日）举行发布会，系统将于本月28日启用，上周五已完成调试。", "2024-05-23");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].written, "前日（20日）");
  EXPECT_EQ(found[0].iso, "2024-05-20");
  EXPECT_EQ(found[1].written, "本月28日");
  EXPECT_EQ(found[2].written, "上周五");
  EXPECT_EQ(found[2].iso, "2024-05-17");
  // 前日 inside a word is no date.
  EXPECT_TRUE(find_dates("请提前日期报名，此前日本代表团到访。", "2024-05-23").empty());
}

TEST(DatelineDate, TheDateADatelineNames) {
  EXPECT_EQ(dateline_date("新华社临海3月5日电", "2024-03-08"), "2024-03-05");
  EXPECT_EQ(dateline_date("本报南岭12月30日电", "2025-01-02"), "2024-12-30");
  EXPECT_EQ(dateline_date("中央社记者钟振邦岭东22日电", "2024-05-23"), "2024-05-22");
  EXPECT_EQ(dateline_date("新华社电", "2024-05-23"), "");
  EXPECT_EQ(dateline_date("本报讯", "2024-05-23"), "");
  EXPECT_EQ(dateline_date("新华社临海3月5日电", ""), "");
}

}  // namespace
}  // namespace guanxi
