# End-to-end HTTP tests: each starts build/safe-exec on a free port against the real
# Docker engine (started by scripts/test.sh) and stops it, checking that none of its
# containers is left. Python's standard library drives them.
if(TARGET safe-exec)
  find_package(Python3 REQUIRED COMPONENTS Interpreter)
  foreach(t contract limits shutdown readme)
    add_test(NAME http_${t}
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/test_${t}.py
             WORKING_DIRECTORY ${CMAKE_CURRENT_LIST_DIR})
    set_tests_properties(http_${t} PROPERTIES
      LABELS "http;engine"
      TIMEOUT 600
      ENVIRONMENT "SAFE_EXEC_BIN=$<TARGET_FILE:safe-exec>;PYTHONDONTWRITEBYTECODE=1"
      RESOURCE_LOCK docker_engine)
  endforeach()
endif()
