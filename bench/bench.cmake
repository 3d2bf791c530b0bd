# The benchmark's load client (scripts/bench.sh): build/bench-client.
pkg_check_modules(BENCH_CURL REQUIRED IMPORTED_TARGET libcurl)

add_executable(bench-client ${CMAKE_CURRENT_LIST_DIR}/bench_client.c)
target_compile_options(bench-client PRIVATE ${SAFE_EXEC_WARNINGS})
target_link_libraries(bench-client PRIVATE PkgConfig::BENCH_CURL PkgConfig::JANSSON
  Threads::Threads)

# A cheap check that the benchmark's client and report work against a real server.
# Not the benchmark (scripts/bench.sh): nothing here is timed against a target.
find_program(BENCH_BASH bash REQUIRED)
add_test(NAME bench.smoke COMMAND ${BENCH_BASH} ${CMAKE_CURRENT_LIST_DIR}/smoke.sh
  ${CMAKE_BINARY_DIR})
set_tests_properties(bench.smoke PROPERTIES FIXTURES_REQUIRED sandbox_engine TIMEOUT 180)
