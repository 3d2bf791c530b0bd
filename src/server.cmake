# The HTTP server: build/safe-exec (scripts and tests rely on that path).
pkg_check_modules(MHD REQUIRED IMPORTED_TARGET libmicrohttpd)

# The web root the editor build fills (templates/templates.cmake); --www overrides.
set(SAFE_EXEC_WWW_DIR "${CMAKE_BINARY_DIR}/www")

# Modules that depend on nothing but libc: unit-tested on their own.
add_library(server_base STATIC config.c ratelimit.c scheduler.c metrics.c static.c)
target_include_directories(server_base PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_options(server_base PRIVATE ${SAFE_EXEC_WARNINGS})
target_compile_definitions(server_base
  PUBLIC _POSIX_C_SOURCE=200809L _DEFAULT_SOURCE
  PRIVATE SAFE_EXEC_WWW_DIR="${SAFE_EXEC_WWW_DIR}")
target_link_libraries(server_base PUBLIC Threads::Threads m)

# Everything below needs the sandbox library (src/sandbox.cmake).
if(NOT TARGET sandbox)
  message(STATUS "safe-exec server: no 'sandbox' target yet, building the base modules only")
  return()
endif()

# The request parser and renderers: pure, also linked by the fuzz target.
add_library(server_api STATIC api.c selftest.c)
target_compile_options(server_api PRIVATE ${SAFE_EXEC_WARNINGS})
target_link_libraries(server_api PUBLIC server_base analyzer sandbox PkgConfig::JANSSON)
if(UNISTRING_PC_FOUND)
  target_link_libraries(server_api PUBLIC PkgConfig::UNISTRING_PC)
else()
  target_link_libraries(server_api PUBLIC unistring)
endif()

add_library(server_core STATIC http.c server.c)
target_compile_options(server_core PRIVATE ${SAFE_EXEC_WARNINGS})
target_link_libraries(server_core PUBLIC server_api PkgConfig::MHD)

add_executable(safe-exec main.c)
target_compile_options(safe-exec PRIVATE ${SAFE_EXEC_WARNINGS})
target_link_libraries(safe-exec PRIVATE server_core)

if(SAFE_EXEC_FUZZ)
  # Instrument the parser itself, not just the harness: without it libFuzzer sees
  # only the harness's own edges (8) and mutates blind.
  target_compile_options(server_api PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
  add_executable(fuzz-api ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_api.c)
  target_compile_options(fuzz-api PRIVATE ${SAFE_EXEC_WARNINGS} -fsanitize=fuzzer,address,undefined)
  target_link_options(fuzz-api PRIVATE -fsanitize=fuzzer,address,undefined)
  target_link_libraries(fuzz-api PRIVATE server_api)
endif()
