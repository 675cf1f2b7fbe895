// A generator of synthetic but realistic stores for the store benchmarks: invented people
// with Chinese names and fixed titles, meetings and forums in invented places, one to two
// events per article, dates over ten years, chairs, attendees, explicit meetings,
// inspections and reporters: the triples the default ruleset extracts from local news.
//
// Who appears how often follows a Zipf law (exponent 0.9): a few leaders attend thousands
// of events, most people a handful, as in a real paper's archive. Deterministic for a seed.
// Not thread-safe (one generator per thread).
#pragma once

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/hash.h"
#include "core/triple.h"

namespace guanxi::bench {

class SyntheticNews {
 public:
  // `people`: size of the population (the store of N triples uses about N / 50).
  SyntheticNews(size_t people, uint64_t seed) : rng_(seed), people_(people) {
    std::vector<double> w(people);
    for (size_t i = 0; i < people; ++i) w[i] = 1.0 / std::pow(static_cast<double>(i + 1), 0.9);
    pick_person_ = std::discrete_distribution<size_t>(w.begin(), w.end());
  }

  // The name of person #i (stable for a given i, whatever the seed).
  static std::string person_name(size_t i) {
    static constexpr const char* kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                                "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
                                                "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
                                                "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡"};
    static constexpr const char* kGiven[] = {"建", "国", "明", "文", "华", "志", "伟", "海", "平", "军",
                                             "晓", "红", "新", "立", "春", "振", "宏", "光", "远", "峰",
                                             "玉", "永", "德", "林", "庆", "云", "学", "斌", "刚", "丽",
                                             "敏", "杰", "涛", "辉", "鹏", "强", "霞", "宁", "安", "思"};
    constexpr size_t s = std::size(kSurnames), g = std::size(kGiven);
    std::string name = kSurnames[i % s];
    size_t rest = i / s;
    name += kGiven[rest % g];
    rest /= g;
    if (rest > 0 || i % 3 == 0) name += kGiven[(rest + i) % g];  // two-character given names
    if (rest >= g) name += std::to_string(rest / g);             // beyond 40*40*40: keep unique
    return name;
  }

  static std::string title_of(size_t person) {
    static constexpr const char* kTitles[] = {"市委书记", "市长",   "副市长",   "市委常委", "秘书长",
                                              "区委书记", "区长",   "副区长",   "县委书记", "县长",
                                              "局长",     "副局长", "主任",     "副主任",   "董事长"};
    return kTitles[(person * 7 + 3) % std::size(kTitles)];
  }

  // Document #n with its triples; `triples` is replaced.
  Document next(uint64_t n, std::vector<Triple>& triples) {
    static constexpr const char* kPlaces[] = {"江宁", "青阳", "临川", "东湖", "西陵", "南浦", "北塘", "云溪",
                                              "白沙", "石桥", "清河", "望江", "凤鸣", "金湾", "长宁", "兴安"};
    static constexpr const char* kTopics[] = {"防汛",     "安全生产", "招商引资", "乡村振兴", "生态环境",
                                              "城市更新", "营商环境", "教育",     "文化旅游", "民生实事"};
    static constexpr const char* kKinds[] = {"工作会议", "推进会", "座谈会", "调度会", "现场会", "专题会议"};
    triples.clear();
    Document doc;
    // Dates: ten years, in ingest order.
    const int day = static_cast<int>((n * 7) % 3650);
    const int year = 2015 + day / 365, month = 1 + (day % 365) / 31 % 12, mday = 1 + day % 28;
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, mday);
    doc.date = date;
    doc.source = "synthetic/" + std::to_string(n) + ".txt";
    const std::string place = kPlaces[rng_() % std::size(kPlaces)];
    std::string text = "本报讯（第" + std::to_string(n) + "期）";
    std::vector<std::pair<size_t, size_t>> spans;  // sentence spans, filled as text grows
    auto sentence = [&](const std::string& s) {
      spans.emplace_back(text.size(), text.size() + s.size());
      text += s;
      return spans.size() - 1;
    };
    // A triple before the document id (and so the article and event ids) is known; an
    // event side is given by its index in this article instead of a node.
    struct Pending {
      Node s;
      std::string p;
      Node o;
      size_t sentence;
      const char* rule;
      int s_event = -1, o_event = -1;
    };
    std::vector<Pending> pending;
    const std::string article_suffix = "#0";
    const int events = 1 + static_cast<int>(rng_() % 2);
    std::vector<std::pair<std::string, int>> event_labels;
    for (int e = 0; e < events; ++e) {
      const std::string label = place + kTopics[rng_() % std::size(kTopics)] + kKinds[rng_() % std::size(kKinds)];
      event_labels.emplace_back(label, e);
      const size_t chair = pick_person_(rng_);
      const int attendees = 3 + static_cast<int>(rng_() % 8);
      std::vector<size_t> who{chair};
      while (static_cast<int>(who.size()) <= attendees) {
        size_t p = pick_person_(rng_);
        if (std::find(who.begin(), who.end(), p) == who.end()) who.push_back(p);
      }
      std::string s1 = std::string(date).substr(5) + "，" + title_of(chair) + person_name(chair) + "主持召开" + label + "。";
      size_t k1 = sentence(s1);
      std::string s2;
      for (size_t i = 1; i < who.size(); ++i) s2 += (i > 1 ? "、" : "") + title_of(who[i]) + person_name(who[i]);
      size_t k2 = sentence(s2 + "出席会议。");
      pending.push_back({person(chair), "chaired", {}, k1, "chair_meeting", -1, e});
      pending.push_back({person(chair), "attended", {}, k1, "infer_chaired_attended", -1, e});
      for (size_t i = 1; i < who.size(); ++i) pending.push_back({person(who[i]), "attended", {}, k2, "attendees", -1, e});
      for (size_t i = 0; i < who.size(); ++i) {
        pending.push_back({person(who[i]), "holds_title", Node::Named(NodeType::kTitle, title_of(who[i])),
                           i == 0 ? k1 : k2, "title_before_name"});
      }
      pending.push_back({{}, "held_on", Node::Named(NodeType::kDate, date), k1, "event_date", e, -1});
      if (rng_() % 3 == 0) {
        size_t k3 = sentence("会后，" + person_name(chair) + "来到" + place + "调研。");
        pending.push_back({person(chair), "inspected", Node::Named(NodeType::kPlace, place), k3, "inspection"});
      }
    }
    if (rng_() % 5 == 0) {
      const size_t host = pick_person_(rng_), guest = pick_person_(rng_);
      if (host != guest) {
        size_t k = sentence(person_name(host) + "会见了来访的" + person_name(guest) + "一行。");
        pending.push_back({person(host), "met", person(guest), k, "meeting_met"});
      }
    }
    const size_t reporter = people_ + rng_() % 500;  // reporters: outside the officials
    size_t kr = sentence("（记者" + person_name(reporter) + "）");
    doc.text = std::move(text);
    doc.id = content_hash(doc.text);
    doc.title = place + "新闻";
    const std::string article = doc.id + article_suffix;
    Node article_node = Node::Article(article, doc.title);
    pending.push_back({person(reporter), "reported", article_node, kr, "byline"});
    for (Pending& p : pending) {
      if (p.s_event >= 0) p.s = Node::Event(event_labels[p.s_event].first, article, p.s_event);
      if (p.o_event >= 0) p.o = Node::Event(event_labels[p.o_event].first, article, p.o_event);
      Triple t;
      t.subject = std::move(p.s);
      t.predicate = std::move(p.p);
      t.object = std::move(p.o);
      t.provenance.doc = doc.id;
      t.provenance.article = article;
      t.provenance.begin = spans[p.sentence].first;
      t.provenance.end = spans[p.sentence].second;
      t.provenance.sentence = doc.text.substr(t.provenance.begin, t.provenance.end - t.provenance.begin);
      t.provenance.rule = p.rule;
      t.provenance.date = doc.date;
      triples.push_back(std::move(t));
    }
    return doc;
  }

  size_t people() const { return people_; }

 private:
  static Node person(size_t i) { return Node::Named(NodeType::kPerson, person_name(i)); }

  std::mt19937_64 rng_;
  size_t people_;
  std::discrete_distribution<size_t> pick_person_;
};

// CPU seconds (user + system, all threads) this process used so far: on a machine shared
// with other work, throughput per CPU second is the figure that does not depend on the load.
inline double cpu_seconds() {
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// CPU seconds of the calling thread: what one thread of work costs, whatever the other
// threads and the machine's load do.
inline double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

// Peak resident set size of this process, in MiB.
inline double peak_rss_mib() {
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

}  // namespace guanxi::bench
