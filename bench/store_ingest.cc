// deps: guanxi_store guanxi_core
// Bulk ingest of extracted triples with all indexes (terms, spo, pos, osp, prov, docs,
// doc_triples): synthetic news (bench/store_synth.h) written through Store::put_documents,
// many documents per call, loaded as sorted table files ingested atomically
// (StoreOptions::bulk_load + load_files; --memtables: bulk_load alone, WAL off with atomic
// flush; --wal: the logged path).
// Also the generator of the stores the query benchmarks use (--keep).
//
//   bench_store_ingest [--triples N] [--db DIR] [--keep] [--wal|--memtables] [--batch DOCS]
//                      [--buffer-mb M] [--cache-mb M] [--no-compact]
//
// Default: 1,000,000 triples into a fresh temporary store, deleted afterwards. Prints the
// store's throughput (generation excluded, timed apart) in wall time and per CPU second
// (the machine is shared), the final flush and compaction (Store::compact), peak RSS with
// where the memory is (Store::memory and the C heap; also after each million triples) and
// the size on disk. `--triples 10000000 --keep --db DIR` builds the 10M-triple store.
#include <dlfcn.h>
#include <malloc.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "bench/store_synth.h"
#include "store/store.h"

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// Bytes the C heap has in use and holds (free pieces included): jemalloc's statistics when
// the process allocates through it (GUANXI_JEMALLOC), else glibc's.
std::pair<uint64_t, uint64_t> heap_bytes() {
  using Mallctl = int (*)(const char*, void*, size_t*, void*, size_t);
  if (auto mallctl = reinterpret_cast<Mallctl>(dlsym(RTLD_DEFAULT, "mallctl"))) {
    uint64_t epoch = 1;
    size_t n = sizeof(epoch);
    mallctl("epoch", &epoch, &n, &epoch, n);  // refreshes the statistics
    size_t allocated = 0, resident = 0;
    n = sizeof(size_t);
    mallctl("stats.allocated", &allocated, &n, nullptr, 0);
    n = sizeof(size_t);
    mallctl("stats.resident", &resident, &n, nullptr, 0);
    return {allocated, resident};
  }
  const struct mallinfo2 heap = mallinfo2();
  return {heap.uordblks + heap.hblkhd, heap.arena + heap.hblkhd};
}

// Where the memory is: the store's parts (StoreMemory) and the C heap.
std::string memory_report(const guanxi::Store& store) {
  const guanxi::StoreMemory m = store.memory();
  const auto [in_use, held] = heap_bytes();
  auto mib = [](uint64_t b) { return std::to_string(b >> 20); };
  return "block cache " + mib(m.block_cache) + " MiB, table readers " + mib(m.table_readers) + " MiB, memtables " +
         mib(m.memtables) + " MiB, load buffers " + mib(m.load_buffers) + " MiB, " + std::to_string(m.cached_terms) +
         " cached terms; heap in use " + mib(in_use) + " MiB of " + mib(held) + " MiB";
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t target = 1'000'000;
  std::string dir = (std::filesystem::temp_directory_path() / "guanxi-bench-ingest").string();
  bool keep = false, wal = false, memtables = false, compact = true;
  size_t buffer_mb = 128, cache_mb = 256;
  size_t batch_docs = 1000;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--triples" && i + 1 < argc) target = std::stoull(argv[++i]);
    else if (a == "--db" && i + 1 < argc) dir = argv[++i];
    else if (a == "--batch" && i + 1 < argc) batch_docs = std::stoul(argv[++i]);
    else if (a == "--keep") keep = true;
    else if (a == "--wal") wal = true;
    else if (a == "--memtables") memtables = true;
    else if (a == "--buffer-mb" && i + 1 < argc) buffer_mb = std::stoul(argv[++i]);
    else if (a == "--cache-mb" && i + 1 < argc) cache_mb = std::stoul(argv[++i]);
    else if (a == "--no-compact") compact = false;
    else {
      std::cerr << "usage: bench_store_ingest [--triples N] [--db DIR] [--keep] [--wal|--memtables] [--batch DOCS] "
                   "[--buffer-mb M] [--cache-mb M] [--no-compact]\n";
      return 2;
    }
  }
  std::filesystem::remove_all(dir);
  guanxi::StoreOptions options;
  options.bulk_load = !wal;
  options.load_files = !wal && !memtables;
  options.load_buffer_bytes = buffer_mb << 20;
  options.cache_bytes = cache_mb << 20;
  auto opened = guanxi::Store::open(dir, options);
  if (!opened.ok()) {
    std::cerr << opened.status().to_string() << "\n";
    return 2;
  }
  auto& store = **opened;
  guanxi::bench::SyntheticNews news(std::max<size_t>(2000, target / 50), 42);

  uint64_t triples = 0, docs = 0, bytes = 0;
  double store_s = 0, gen_s = 0, gen_cpu = 0, main_cpu = 0;
  const double cpu0 = guanxi::bench::cpu_seconds();
  std::vector<guanxi::Document> documents(batch_docs);
  std::vector<std::vector<guanxi::Triple>> extracted(batch_docs);
  std::vector<guanxi::DocumentTriples> batch;
  uint64_t next_report = 1'000'000;
  while (triples < target) {
    auto t0 = Clock::now();
    const double c0 = guanxi::bench::cpu_seconds();
    batch.clear();
    for (size_t i = 0; i < batch_docs && triples < target; ++i) {
      documents[i] = news.next(docs++, extracted[i]);
      triples += extracted[i].size();
      bytes += documents[i].text.size();
      batch.push_back({&documents[i], &extracted[i]});
    }
    gen_s += seconds_since(t0);
    gen_cpu += guanxi::bench::cpu_seconds() - c0;
    auto t1 = Clock::now();
    // The loader's own thread sets the pace of a load (the table files are written by another).
    const double tc1 = guanxi::bench::thread_cpu_seconds();
    auto r = store.put_documents(batch, "synthetic-rules");
    store_s += seconds_since(t1);
    main_cpu += guanxi::bench::thread_cpu_seconds() - tc1;
    if (!r.ok()) {
      std::cerr << r.status().to_string() << "\n";
      return 2;
    }
    if (triples >= next_report) {
      std::cerr << "  " << triples << " triples, " << static_cast<uint64_t>(triples / store_s) << " triples/s, peak RSS "
                << guanxi::bench::peak_rss_mib() << " MiB (" << memory_report(store) << ")\n";
      next_report += 1'000'000;
    }
  }
  auto t2 = Clock::now();
  guanxi::Status f = store.flush();
  const double flush_s = seconds_since(t2);
  if (!f.ok()) {
    std::cerr << f.to_string() << "\n";
    return 2;
  }
  store_s += flush_s;
  const double store_cpu = guanxi::bench::cpu_seconds() - cpu0 - gen_cpu;
  double compact_s = 0, compact_cpu = 0;
  if (compact) {
    auto t3 = Clock::now();
    const double c3 = guanxi::bench::cpu_seconds();
    f = store.compact();
    compact_s = seconds_since(t3);
    compact_cpu = guanxi::bench::cpu_seconds() - c3;
    if (!f.ok()) {
      std::cerr << f.to_string() << "\n";
      return 2;
    }
  }
  std::cout << "store_ingest: " << triples << " triples, " << docs << " documents (" << bytes / (1 << 20)
            << " MiB of text), mode " << (wal ? "wal" : memtables ? "bulk (memtables)" : "bulk (table files)") << ", " << batch_docs << " documents per batch\n"
            << "  ingest     " << store_s << " s wall => " << static_cast<uint64_t>(triples / store_s)
            << " triples/s; " << store_cpu << " CPU s => " << static_cast<uint64_t>(triples / store_cpu)
            << " triples per CPU second (final flush " << flush_s << " s)\n"
            << "  main thread " << main_cpu << " CPU s in put_documents => " << main_cpu * 1e6 / triples
            << " CPU us per triple (it sets the pace when the other core is free)\n";
  if (compact) {
    std::cout << "  compact    " << compact_s << " s wall, " << compact_cpu << " CPU s; with it "
              << static_cast<uint64_t>(triples / (store_s + compact_s)) << " triples/s wall, "
              << static_cast<uint64_t>(triples / (store_cpu + compact_cpu)) << " per CPU second\n";
  }
  std::cout << "  generation " << gen_s << " s (not counted)\n"
            << "  peak RSS   " << guanxi::bench::peak_rss_mib() << " MiB (at the end: " << memory_report(store) << ")\n"
            << "  on disk    " << guanxi::disk_usage(dir) / (1 << 20) << " MiB at " << dir << "\n";
  opened->reset();
  if (!keep) std::filesystem::remove_all(dir);
  return 0;
}
