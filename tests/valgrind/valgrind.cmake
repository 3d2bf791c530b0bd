# A short load on build/safe-exec under valgrind memcheck (no errors, no leaks);
# SAFE_EXEC_LONG_TESTS=1 makes it 50 runs and 50 checks. Needs valgrind (scripts
# install it) and the Docker engine.
find_program(VALGRIND_EXECUTABLE valgrind)
if(TARGET safe-exec AND VALGRIND_EXECUTABLE AND NOT SAFE_EXEC_SANITIZE)
  find_package(Python3 REQUIRED COMPONENTS Interpreter)
  add_test(NAME security.valgrind
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/valgrind_load.py
                   ${CMAKE_BINARY_DIR})
  set_tests_properties(security.valgrind PROPERTIES
    FIXTURES_REQUIRED sandbox_engine TIMEOUT 900 LABELS "engine" RESOURCE_LOCK docker_engine
    ENVIRONMENT "PYTHONDONTWRITEBYTECODE=1")
endif()
