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

# The fuzz corpus and past crashers, replayed without libFuzzer on every run.
add_executable(fuzz_replay_analyzer ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_analyzer.c
                                    ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_replay.c)
target_compile_options(fuzz_replay_analyzer PRIVATE ${SAFE_EXEC_WARNINGS})
target_link_libraries(fuzz_replay_analyzer PRIVATE analyzer)
file(GLOB FUZZ_ANALYZER_INPUTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/analyzer/*)
if(FUZZ_ANALYZER_INPUTS)
  add_test(NAME checker_fuzz_replay COMMAND fuzz_replay_analyzer ${FUZZ_ANALYZER_INPUTS})
  set_tests_properties(checker_fuzz_replay PROPERTIES
    ENVIRONMENT SAFE_EXEC_RULES=${CMAKE_SOURCE_DIR}/rules)
endif()

# CPython's own parser as the oracle: whatever CPython would see that the rules
# forbid, the checker must reject, on the cases, the seeds and mutants of both;
# and what CPython refuses to compile the checker refuses as syntax (on CPython's
# line for the cases and seeds; the fuzz corpus is junk with several errors, so
# there only the verdict). On mutants, a bounded share may be read otherwise
# (measured about 0.2% each way; a ratchet, lower it as the checker improves).
file(GLOB ORACLE_SEEDS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/checker/oracle-seeds/*.py)
find_program(SANDBOX_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
find_program(SANDBOX_PYTHON NAMES python3)
add_test(NAME checker_oracle
  COMMAND ${SANDBOX_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/checker/oracle.py
          $<TARGET_FILE:safe-exec-check> ${CMAKE_SOURCE_DIR}/rules --mutants 300 --seed 1
          --max-missed 0.5 --max-false 0.5
          ${ORACLE_SEEDS} ${RULE_CASES} --verdict-only ${FUZZ_ANALYZER_INPUTS})
