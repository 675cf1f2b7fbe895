// deps: guanxi_extract guanxi_core
// Reading throughput: decode + normalize + segment on a generated corpus of realistic
// newspaper pages (invented people and places, the layout of the seed pages: headlines,
// leads with bylines, bylines on their own lines, paragraphs cut by the layout).
//
//   bench_read_throughput [MB]        (default 32 MB per run; GUANXI_BENCH_MB also works)
//
// Prints MB/s of input per CPU second of the one thread doing the work (so the figure is
// per core, and holds on a machine shared with other jobs) for: UTF-8 end to end (the
// >= 100 MB/s per core target), each step alone, and GB18030 end to end.
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iconv.h>
#include <string>
#include <vector>

#include "core/document.h"
#include "extract/decode.h"
#include "extract/normalize.h"
#include "extract/segmenter.h"

namespace {

const char* const kSurnames[] = {"林", "周", "韩", "郭", "苏", "唐", "马", "程", "范", "叶"};
const char* const kGiven[] = {"振华", "明远", "冰", "晓峰", "雅琴", "志刚", "骏", "思远", "一鸣", "子涵"};
const char* const kPlaces[] = {"临江区", "南湖县", "清河市", "东关镇", "滨河街道", "西岭新区"};

std::string person(unsigned& seed) {
  seed = seed * 1103515245u + 12345u;
  return std::string(kSurnames[(seed >> 8) % 10]) + kGiven[(seed >> 16) % 10];
}

std::string place(unsigned& seed) {
  seed = seed * 1103515245u + 12345u;
  return kPlaces[(seed >> 8) % 6];
}

// One page of four articles (about 3 KB), varied by `seed`.
std::string page(unsigned seed) {
  std::string p = "\n\n";
  for (int a = 0; a < 4; ++a) {
    const std::string boss = person(seed), host = person(seed), where = place(seed);
    p += where + "召开重点项目建设推进会 " + boss + "出席并讲话\n\n";
    p += "聚焦重点抓落实 奋力实现全年目标\n\n";
    p += "本报讯(清河日报全媒体记者 " + person(seed) + " " + person(seed) + ") " + std::to_string(1 + seed % 12) +
         "月" + std::to_string(1 + seed % 28) + "日上午," + where + "召开重点项目建设推进会。" + boss +
         "出席会议并讲话," + host + "主持会议。\n\n";
    p += "会议听取了各单位重点项目进展情况汇报,分析存在的问题和困难,研究部署下一步工作。" + person(seed) + "、" +
         person(seed) + "、" + person(seed) + "出席会议。\n\n";
    p += boss + "指出,项目建设是稳增长的“压舱石”。各级各部门要坚持把项目建设作为调结构、促转型的重要抓手,"
            "紧盯序时进度、投资强度,认真落实领导分包、驻场服务、清单管理、全程代办制度,努力实现\n\n";
    p += "全年目标任务。要强化要素保障,加快手续办理,推动项目早开工、早投产、早见效。\n\n";
    p += "记者 " + person(seed) + " 通讯员 " + person(seed) + " 文图\n\n";
  }
  return p;
}

std::string to_encoding(const std::string& utf8, const char* enc) {
  iconv_t cd = iconv_open(enc, "UTF-8");
  std::string out(utf8.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(utf8.data());
  size_t in_left = utf8.size(), out_left = out.size();
  char* o = out.data();
  iconv(cd, &in, &in_left, &o, &out_left);
  iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

// CPU time of this thread: "per core" figures stay meaningful on a busy machine.
double thread_cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

// Runs `step` on every page (as files would come), best of three; MB/s of input per CPU
// second.
template <class Step>
double mb_per_s(const std::vector<std::string>& inputs, Step step, size_t* sink) {
  size_t total = 0;
  for (const auto& in : inputs) total += in.size();
  double best = 0;
  for (int rep = 0; rep < 3; ++rep) {
    const double t0 = thread_cpu_seconds();
    for (const auto& in : inputs) *sink += step(in);
    const double s = thread_cpu_seconds() - t0;
    best = std::max(best, total / 1e6 / s);
  }
  return best;
}

size_t end_to_end(const std::string& bytes) {
  guanxi::Decoded d = guanxi::decode(bytes, "auto");
  guanxi::Document doc;
  doc.text = std::move(d.text);
  size_t n = 0;
  for (const auto& a : guanxi::segment(doc)) n += a.text.size();
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  size_t mb = 32;
  if (const char* env = std::getenv("GUANXI_BENCH_MB")) mb = std::strtoul(env, nullptr, 10);
  if (argc > 1) mb = std::strtoul(argv[1], nullptr, 10);
  if (mb == 0) mb = 1;
  // Pages are whole: build them one by one so no page is cut in a UTF-8 sequence.
  std::vector<std::string> pages;
  size_t total = 0;
  for (unsigned s = 1; total < mb * 1000000; ++s) {
    pages.push_back(page(s * 2654435761u));
    total += pages.back().size();
  }
  std::printf("corpus: %zu pages, %.1f MB of UTF-8 (avg page %.1f KB)\n", pages.size(), total / 1e6,
              total / 1e3 / pages.size());
  size_t sink = 0;
  // Warm the traditional->simplified table (built once per process) outside the timing.
  sink += guanxi::normalize_text("會").size();

  std::printf("utf-8 decode+normalize+segment: %8.1f MB/s\n", mb_per_s(pages, end_to_end, &sink));
  std::printf("  decode only (validate, line ends): %8.1f MB/s\n",
              mb_per_s(pages, [](const std::string& b) { return guanxi::decode(b, "auto").text.size(); }, &sink));
  std::printf("  normalize only:                    %8.1f MB/s\n",
              mb_per_s(pages, [](const std::string& b) { return guanxi::normalize_text(b).size(); }, &sink));
  std::printf("  segment only (normalizes inside):  %8.1f MB/s\n",
              mb_per_s(pages, [](const std::string& b) {
                guanxi::Document doc;
                doc.text = b;
                return guanxi::segment(doc).size();
              }, &sink));

  std::vector<std::string> gb;
  for (const auto& p : pages) gb.push_back(to_encoding(p, "GB18030"));
  std::printf("gb18030 decode+normalize+segment (MB of UTF-8 equivalent input): %8.1f MB/s\n",
              mb_per_s(gb, end_to_end, &sink) * total / [&] { size_t t = 0; for (auto& g : gb) t += g.size(); return double(t); }());
  std::printf("(checksum %zu)\n", sink);
  return 0;
}
