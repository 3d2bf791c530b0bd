# Sandbox tests. sandbox.proto needs no engine; the others run against the real Docker
# engine (scripts/test.sh starts one and builds the image) and share the fixture
# sandbox_engine: sandbox.engine_ready first, sandbox.no_leftovers last. Other suites
# that make containers (tests/http) should require the fixture too, so that the
# leftover check runs after them.
set(SB_TEST_DIR ${CMAKE_CURRENT_LIST_DIR})

add_executable(test_sb_proto ${SB_TEST_DIR}/test_sb_proto.c)
target_link_libraries(test_sb_proto PRIVATE sandbox)
target_compile_options(test_sb_proto PRIVATE ${SAFE_EXEC_WARNINGS})
add_test(NAME sandbox.proto COMMAND test_sb_proto)

add_executable(sb_itest ${SB_TEST_DIR}/sb_itest.c)
target_link_libraries(sb_itest PRIVATE sandbox)
target_compile_options(sb_itest PRIVATE ${SAFE_EXEC_WARNINGS})

add_executable(sb_bench ${SB_TEST_DIR}/sb_bench.c)
target_link_libraries(sb_bench PRIVATE sandbox)
target_compile_options(sb_bench PRIVATE ${SAFE_EXEC_WARNINGS})

add_test(NAME sandbox.engine_ready COMMAND sb_itest errors)
set_tests_properties(sandbox.engine_ready PROPERTIES FIXTURES_SETUP sandbox_engine
  TIMEOUT 120)
add_test(NAME sandbox.no_leftovers COMMAND sb_itest leftovers)
set_tests_properties(sandbox.no_leftovers PROPERTIES FIXTURES_CLEANUP sandbox_engine
  TIMEOUT 60)

set(SB_CASES print arithmetic loops timeout memory_string memory_list forkbomb pids_limit
  network readonly tmp passwd flood output_limit stdin unicode exit_code parallel
  privileges limits single_use forgery afterlife runtime)
foreach(mode pool nopool)
  foreach(case ${SB_CASES})
    add_test(NAME sandbox.${mode}.${case} COMMAND sb_itest ${case} ${mode})
    set_tests_properties(sandbox.${mode}.${case} PROPERTIES
      FIXTURES_REQUIRED sandbox_engine TIMEOUT 180
      ENVIRONMENT "SAFE_EXEC_TEST_SECRET=must-not-reach-the-sandbox")
  endforeach()
endforeach()
# The 10-second default limit costs 10 s: once is enough.
add_test(NAME sandbox.pool.timeout_default COMMAND sb_itest timeout_default pool)
set_tests_properties(sandbox.pool.timeout_default PROPERTIES
  FIXTURES_REQUIRED sandbox_engine TIMEOUT 180)

# The pool's effect: median latency of print(1) with the pool off and on.
add_test(NAME sandbox.bench.pool_effect COMMAND sb_bench 15)
set_tests_properties(sandbox.bench.pool_effect PROPERTIES
  FIXTURES_REQUIRED sandbox_engine TIMEOUT 300 RUN_SERIAL TRUE)

# build/sb-run: one program through the sandbox alone (README "Sandbox demo").
add_executable(sb-run ${SB_TEST_DIR}/sb_run.c)
target_link_libraries(sb-run PRIVATE sandbox)
target_compile_options(sb-run PRIVATE ${SAFE_EXEC_WARNINGS})
