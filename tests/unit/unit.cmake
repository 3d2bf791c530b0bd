# Unit tests (cmocka), one executable and one ctest per module.
pkg_check_modules(CMOCKA REQUIRED IMPORTED_TARGET cmocka)

# The server's modules.
set(SAFE_EXEC_SERVER_UNIT_BASE config ratelimit scheduler metrics static)
set(SAFE_EXEC_SERVER_UNIT_API)
if(TARGET server_api)
  set(SAFE_EXEC_SERVER_UNIT_API api selftest)
endif()
foreach(t ${SAFE_EXEC_SERVER_UNIT_BASE} ${SAFE_EXEC_SERVER_UNIT_API})
  add_executable(test_${t} ${CMAKE_CURRENT_LIST_DIR}/test_${t}.c)
  target_compile_options(test_${t} PRIVATE ${SAFE_EXEC_WARNINGS})
  set_target_properties(test_${t} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests/unit)
  if(t IN_LIST SAFE_EXEC_SERVER_UNIT_API)
    target_link_libraries(test_${t} PRIVATE server_api PkgConfig::CMOCKA)
  else()
    target_link_libraries(test_${t} PRIVATE server_base PkgConfig::CMOCKA)
  endif()
  add_test(NAME unit_${t} COMMAND test_${t})
  set_tests_properties(unit_${t} PROPERTIES LABELS unit TIMEOUT 60)
endforeach()

# The request parser's fuzz corpus (tests/fuzz/corpus/api), replayed on every run.
if(TARGET server_api)
  add_executable(fuzz_replay_api ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_api.c
                                 ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_replay.c)
  target_compile_options(fuzz_replay_api PRIVATE ${SAFE_EXEC_WARNINGS})
  set_target_properties(fuzz_replay_api PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests/unit)
  target_link_libraries(fuzz_replay_api PRIVATE server_api)
  file(GLOB FUZZ_API_INPUTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/api/*)
  add_test(NAME unit_api_fuzz_replay COMMAND fuzz_replay_api ${FUZZ_API_INPUTS})
  set_tests_properties(unit_api_fuzz_replay PROPERTIES LABELS unit TIMEOUT 120)
endif()
