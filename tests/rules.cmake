# Static checker tests: the rule-test suite through the CLI, the CLI contract, the
# module audit, and the library used from many threads.
file(GLOB RULE_CASES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/rules/*.py)
if(RULE_CASES)
  add_test(NAME checker_rule_cases
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/rules/run_cases.sh
            $<TARGET_FILE:safe-exec-check> ${CMAKE_SOURCE_DIR}/rules ${RULE_CASES})
endif()
add_test(NAME checker_cli
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/checker/cli_test.sh
          $<TARGET_FILE:safe-exec-check> ${CMAKE_SOURCE_DIR}/rules)
add_test(NAME checker_module_audit
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/checker/audit_test.sh ${CMAKE_SOURCE_DIR})

add_executable(test_analyzer ${CMAKE_CURRENT_SOURCE_DIR}/checker/test_analyzer.c)
target_compile_options(test_analyzer PRIVATE ${SAFE_EXEC_WARNINGS})
target_link_libraries(test_analyzer PRIVATE analyzer Threads::Threads)
add_test(NAME checker_library COMMAND test_analyzer ${CMAKE_SOURCE_DIR}/rules)

add_test(NAME checker_bench_smoke COMMAND analyzer-bench --rules ${CMAKE_SOURCE_DIR}/rules 20)
