# guanxi_library(NAME DEPS <targets...> PRIVATE_DEPS <targets...>)
# One library per stage folder: every .cc in the folder (and its subfolders) is a source,
# the repository root is the include root (#include "store/store.h").
function(guanxi_library name)
  cmake_parse_arguments(ARG "" "" "DEPS;PRIVATE_DEPS" ${ARGN})
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  if(NOT sources)  # a stage with headers only so far still configures
    set(sources ${CMAKE_CURRENT_BINARY_DIR}/${name}_empty.cc)
    file(WRITE ${sources} "// ${name} has no sources yet\n")
  endif()
  add_library(${name} STATIC ${sources})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  guanxi_warnings(${name})
endfunction()

function(guanxi_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                         -Wnon-virtual-dtor -Wno-missing-field-initializers
                         # GCC 12 false positive on std::string concatenation (GCC PR 105651)
                         $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
endfunction()

# guanxi_allocator(TARGET): an executable allocates through jemalloc (GUANXI_JEMALLOC).
# Linked into the executable, it serves every malloc of the process, RocksDB's included.
function(guanxi_allocator target)
  if(GUANXI_JEMALLOC)
    target_link_libraries(${target} PRIVATE PkgConfig::JEMALLOC)
  endif()
endfunction()

# guanxi_test(NAME DEPS <targets...>): one GoogleTest binary from every *_test.cc in the
# calling folder (other .cc files there are shared test helpers); each TEST is a CTest test.
function(guanxi_test name)
  cmake_parse_arguments(ARG "" "" "DEPS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*_test.cc)
  file(GLOB helpers CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  list(REMOVE_ITEM helpers ${sources})
  if(NOT sources)
    return()
  endif()
  add_executable(${name} ${sources} ${helpers})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    GUANXI_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    GUANXI_BINARY="$<TARGET_FILE:guanxi>")
  guanxi_warnings(${name})
  guanxi_allocator(${name})
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES TIMEOUT 300)
endfunction()

# guanxi_benchmark(FILE DEPS <targets...>): one benchmark binary bench_<name> per file.
function(guanxi_benchmark file)
  cmake_parse_arguments(ARG "" "" "DEPS" ${ARGN})
  get_filename_component(stem ${file} NAME_WE)
  add_executable(bench_${stem} ${file})
  target_link_libraries(bench_${stem} PRIVATE ${ARG_DEPS} benchmark::benchmark)
  target_compile_definitions(bench_${stem} PRIVATE GUANXI_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                             GUANXI_BINARY="$<TARGET_FILE:guanxi>")
  guanxi_warnings(bench_${stem})
  guanxi_allocator(bench_${stem})
endfunction()
