# The benchmark's load client (scripts/bench.sh): build/bench-client.
pkg_check_modules(BENCH_CURL REQUIRED IMPORTED_TARGET libcurl)

add_executable(bench-client ${CMAKE_CURRENT_LIST_DIR}/bench_client.c)
target_compile_options(bench-client PRIVATE ${SAFE_EXEC_WARNINGS})
target_link_libraries(bench-client PRIVATE PkgConfig::BENCH_CURL PkgConfig::JANSSON
  Threads::Threads)
