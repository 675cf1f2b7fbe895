// Every `guanxi` command: int run_X(argc, argv) with argv[0] the command's name.
// The table in main.cc lists them; each lives in its own cmd_*.cc.
#pragma once

namespace guanxi::cli {

int run_ingest(int argc, char** argv);
int run_extract(int argc, char** argv);
int run_triples(int argc, char** argv);
int run_who_met(int argc, char** argv);
int run_stats(int argc, char** argv);
int run_explain(int argc, char** argv);
int run_reindex(int argc, char** argv);
int run_export(int argc, char** argv);
int run_render(int argc, char** argv);
int run_path(int argc, char** argv);
int run_neighbors(int argc, char** argv);
int run_top(int argc, char** argv);
int run_rules(int argc, char** argv);
int run_segment(int argc, char** argv);

}  // namespace guanxi::cli
