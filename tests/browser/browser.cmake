# The editor page in headless Chromium (Debian's chromium, driven by playwright-core
# from package-lock.json) against a real safe-exec server the test starts and stops.
# Screenshots land in ${CMAKE_BINARY_DIR}/test-artifacts/.
find_program(SAFE_EXEC_NODE NAMES node nodejs)
if(TARGET safe-exec AND TARGET www AND SAFE_EXEC_NODE)
  add_test(NAME browser_editor
           COMMAND ${SAFE_EXEC_NODE} ${CMAKE_CURRENT_LIST_DIR}/editor.test.mjs)
  set_tests_properties(browser_editor PROPERTIES
    LABELS "browser;docker"
    TIMEOUT 300
    RESOURCE_LOCK docker
    ENVIRONMENT
      "SAFE_EXEC_BIN=$<TARGET_FILE:safe-exec>;SAFE_EXEC_WWW=${CMAKE_BINARY_DIR}/www;SAFE_EXEC_ARTIFACTS=${CMAKE_BINARY_DIR}/test-artifacts")
else()
  message(STATUS "browser test off: needs the safe-exec and www targets and node")
endif()
