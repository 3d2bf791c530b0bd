# The sandbox runner: Docker Engine API client (dk_), container runs (sb_), warm pool.
pkg_check_modules(LIBCURL REQUIRED IMPORTED_TARGET libcurl)

add_library(sandbox STATIC
  ${CMAKE_CURRENT_LIST_DIR}/docker.c
  ${CMAKE_CURRENT_LIST_DIR}/dk_attach.c
  ${CMAKE_CURRENT_LIST_DIR}/sb_proto.c
  ${CMAKE_CURRENT_LIST_DIR}/sb_spec.c
  ${CMAKE_CURRENT_LIST_DIR}/sb_box.c
  ${CMAKE_CURRENT_LIST_DIR}/sb_reaper.c
  ${CMAKE_CURRENT_LIST_DIR}/mclock.c
  ${CMAKE_CURRENT_LIST_DIR}/pool.c
  ${CMAKE_CURRENT_LIST_DIR}/sandbox.c)
target_include_directories(sandbox PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_compile_options(sandbox PRIVATE ${SAFE_EXEC_WARNINGS})
target_link_libraries(sandbox PUBLIC PkgConfig::JANSSON PkgConfig::LIBCURL Threads::Threads m)
