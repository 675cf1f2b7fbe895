// A synthetic graph for the export and render benchmarks: invented officials (three-
// character Chinese names), events with dates, titles and places; typed, directed edges
// with predicates, evidence counts and dates, like `guanxi export` of a large store.
#pragma once

#include <cstdint>
#include <random>
#include <string>

#include "graph/graph.h"

namespace guanxi::bench {

inline std::string chinese_name(uint64_t i) {
  static const char* const kFamily[] = {"林", "周", "韩", "贺", "陆", "邵", "柯", "聂", "祁", "卓", "甘", "孟"};
  static const char* const kGiven[] = {"振", "明", "素", "启", "文", "远", "华", "梅", "东", "清", "海", "峰",
                                       "雅", "琴", "永", "康", "晓", "彬", "庆", "澜"};
  std::string s = kFamily[i % 12];
  i /= 12;
  s += kGiven[i % 20];
  i /= 20;
  s += kGiven[i % 20];
  i /= 20;
  if (i > 0) s += std::to_string(i);  // keep labels unique beyond 4,800 people
  return s;
}

// `edges` edges over about edges/10 nodes: 60% people, 30% events, 10% titles and places.
inline Graph synthetic_graph(size_t edges, uint64_t seed = 1) {
  std::mt19937_64 rng(seed);
  Graph g;
  const size_t nodes = std::max<size_t>(edges / 10, 10);
  const size_t people = nodes * 6 / 10, events = nodes * 3 / 10, others = nodes - people - events;
  g.mutable_nodes().reserve(nodes);
  g.mutable_edges().reserve(edges);
  for (size_t i = 0; i < people; ++i) g.add_node(Node::Named(NodeType::kPerson, chinese_name(i)));
  for (size_t i = 0; i < events; ++i) {
    const std::string date = "2024-" + std::string(i % 12 < 9 ? "0" : "") + std::to_string(i % 12 + 1) + "-1" +
                             std::to_string(i % 10);
    g.add_node(Node::Event("全市第" + std::to_string(i) + "次工作推进会", "doc" + std::to_string(i) + "#0"), date);
  }
  for (size_t i = 0; i < others; ++i) {
    g.add_node(i % 2 ? Node::Named(NodeType::kTitle, "市委常委" + std::to_string(i))
                     : Node::Named(NodeType::kPlace, "青川县" + std::to_string(i)));
  }
  static const char* const kPresence[] = {"attended", "attended", "attended", "chaired"};
  for (size_t i = 0; i < edges; ++i) {
    GraphEdge e;
    e.source = rng() % people;
    const uint64_t kind = rng() % 10;
    if (kind < 7) {
      e.target = people + rng() % events;
      e.predicate = kPresence[rng() % 4];
    } else if (kind < 8) {
      e.target = rng() % people;
      e.predicate = "met";
    } else {
      e.target = people + events + rng() % others;
      e.predicate = g.nodes()[e.target].node.type == NodeType::kTitle ? "holds_title" : "inspected";
    }
    e.evidence = 1 + rng() % 3;
    e.date = "2024-03-" + std::to_string(10 + rng() % 20);
    g.add_edge(std::move(e));
  }
  return g;
}

}  // namespace guanxi::bench
