# Security: the deployer's hardening options (runtime, seccomp profile) reach the
# container, and scripts/security-report.sh's experiments are each stopped by a layer.
set(SEC_TEST_DIR ${CMAKE_CURRENT_LIST_DIR})

add_executable(test_hardening ${SEC_TEST_DIR}/test_hardening.c)
target_link_libraries(test_hardening PRIVATE sandbox)
target_compile_options(test_hardening PRIVATE ${SAFE_EXEC_WARNINGS})
add_test(NAME security.hardening.spec COMMAND test_hardening spec)
foreach(case runtime seccomp)
  add_test(NAME security.hardening.${case} COMMAND test_hardening ${case})
  set_tests_properties(security.hardening.${case} PROPERTIES
    FIXTURES_REQUIRED sandbox_engine TIMEOUT 180 LABELS "engine")
endforeach()

# The report's experiments, through the server (checker on) and through build/sb-run
# (the container alone); fails when one is not stopped by any layer.
if(TARGET safe-exec AND TARGET sb-run)
  find_package(Python3 REQUIRED COMPONENTS Interpreter)
  add_test(NAME security.report
           COMMAND ${Python3_EXECUTABLE} ${SEC_TEST_DIR}/report.py --build ${CMAKE_BINARY_DIR})
  set_tests_properties(security.report PROPERTIES
    FIXTURES_REQUIRED sandbox_engine TIMEOUT 300 LABELS "engine" RESOURCE_LOCK docker_engine
    ENVIRONMENT "PYTHONDONTWRITEBYTECODE=1")
endif()
