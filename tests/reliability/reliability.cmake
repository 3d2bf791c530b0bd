# Reliability tests (issue 7): load, engine/image/server faults, hostile HTTP. Each
# starts build/safe-exec against the real engine; the fault test also runs a second
# dockerd of its own (never stopping the shared one). SAFE_EXEC_LONG_TESTS=1 in the
# environment makes the load test send the full 2,000 requests.
if(TARGET safe-exec)
  find_package(Python3 REQUIRED COMPONENTS Interpreter)
  foreach(t load faults hostile)
    add_test(NAME reliability_${t}
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/test_${t}.py
             WORKING_DIRECTORY ${CMAKE_CURRENT_LIST_DIR})
    set_tests_properties(reliability_${t} PROPERTIES
      LABELS "reliability;engine"
      ENVIRONMENT "SAFE_EXEC_BIN=$<TARGET_FILE:safe-exec>;PYTHONDONTWRITEBYTECODE=1"
      RESOURCE_LOCK docker_engine)
  endforeach()
  # The long load (2,000 requests) needs the most room on a busy two-core machine.
  set_tests_properties(reliability_load PROPERTIES TIMEOUT 2400)
  set_tests_properties(reliability_faults PROPERTIES TIMEOUT 900)
  set_tests_properties(reliability_hostile PROPERTIES TIMEOUT 600)
endif()
