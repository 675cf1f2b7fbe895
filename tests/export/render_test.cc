// Rendering through Graphviz's library: real files in every format, errors as statuses.
#include "export/render.h"

#include <gtest/gtest.h>

#include "tests/export/tools.h"

namespace guanxi {
namespace {

using export_testing::read_file;
using export_testing::TempDir;

RenderOptions titled(const std::string& title) {
  RenderOptions o;
  o.style.title = title;
  return o;
}

TEST(Render, SvgHoldsTheTitleAndTheChineseLabels) {
  TempDir dir;
  const std::string path = dir.file("g.svg");
  ASSERT_TRUE(render(export_testing::small_graph(), path, titled("guanxi: 林振华")).ok());
  const std::string svg = read_file(path);
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("guanxi: 林振华"), std::string::npos);
  EXPECT_NE(svg.find(">全市招商引资推进会</text>"), std::string::npos);
  EXPECT_NE(svg.find("Noto Sans CJK SC"), std::string::npos);
  EXPECT_EQ(export_testing::run("xmllint --noout " + export_testing::sh(path)), 0);
}

TEST(Render, PngAndPdfByExtension) {
  TempDir dir;
  const Graph g = export_testing::small_graph();
  ASSERT_TRUE(render(g, dir.file("g.png"), titled("图")).ok());
  ASSERT_TRUE(render(g, dir.file("g.PDF")).ok());
  EXPECT_EQ(read_file(dir.file("g.png")).substr(0, 8), "\x89PNG\r\n\x1a\n");
  EXPECT_EQ(read_file(dir.file("g.PDF")).substr(0, 5), "%PDF-");
  // The PDF embeds the CJK font (a subset), so Chinese labels are glyphs, not boxes.
  EXPECT_NE(read_file(dir.file("g.PDF")).find("NotoSansCJK"), std::string::npos);
}

TEST(Render, HostileLabelsStillRenderToWellFormedSvg) {
  TempDir dir;
  ASSERT_TRUE(render(export_testing::hostile_graph(), dir.file("h.svg")).ok());
  EXPECT_EQ(export_testing::run("xmllint --noout " + export_testing::sh(dir.file("h.svg"))), 0);
}

TEST(Render, LayoutOverrideAndLargeGraphs) {
  TempDir dir;
  RenderOptions o;
  o.layout = "neato";
  EXPECT_TRUE(render(export_testing::small_graph(), dir.file("n.svg"), o).ok());
  // A ring of 400 people: beyond the dot threshold, drawn by sfdp.
  Graph ring;
  for (int i = 0; i < 400; ++i) ring.add_node(Node::Named(NodeType::kPerson, "人" + std::to_string(i)));
  for (size_t i = 0; i < 400; ++i) {
    GraphEdge e;
    e.source = i;
    e.target = (i + 1) % 400;
    e.predicate = "met";
    ring.add_edge(e);
  }
  ASSERT_TRUE(render(ring, dir.file("ring.svg")).ok());
  EXPECT_NE(read_file(dir.file("ring.svg")).find("人399"), std::string::npos);
}

TEST(Render, ErrorsAreStatuses) {
  TempDir dir;
  const Graph g = export_testing::small_graph();
  EXPECT_EQ(render(g, dir.file("g.bmp")).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(render(g, dir.file("noextension")).code(), StatusCode::kInvalidArgument);
  RenderOptions o;
  o.layout = "no-such-layout";
  EXPECT_EQ(render(g, dir.file("g.svg"), o).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(render(g, dir.file("missing/dir/g.svg")).code(), StatusCode::kIOError);
  // A failed call leaves Graphviz usable for the next one.
  EXPECT_TRUE(render(g, dir.file("after.svg")).ok());
}

TEST(Render, EmptyGraph) {
  TempDir dir;
  EXPECT_TRUE(render(Graph(), dir.file("empty.svg"), titled("nothing")).ok());
  EXPECT_NE(read_file(dir.file("empty.svg")).find("nothing"), std::string::npos);
}

}  // namespace
}  // namespace guanxi
