# The editor page: copies templates/ and the CodeMirror 5 files it needs (from
# node_modules, pinned in package-lock.json) into ${CMAKE_BINARY_DIR}/www, the web
# root the server serves by default. The page references only these local files,
# so it works with no internet access.
#
# Layout of the web root: index.html, static/<our files>, static/codemirror*.{js,css}
# (flat, so the server needs no subdirectories under static/).

set(SAFE_EXEC_WWW_OUT ${CMAKE_BINARY_DIR}/www)
set(_tpl_src ${CMAKE_CURRENT_LIST_DIR})
set(_cm_src ${CMAKE_SOURCE_DIR}/node_modules/codemirror)

set(_www_pairs "${_tpl_src}/index.html=index.html")

# Every file under templates/static/; CONFIGURE_DEPENDS re-globs when one is added.
file(GLOB_RECURSE _tpl_static RELATIVE ${_tpl_src}/static CONFIGURE_DEPENDS ${_tpl_src}/static/*)
foreach(_f IN LISTS _tpl_static)
  list(APPEND _www_pairs "${_tpl_src}/static/${_f}=static/${_f}")
endforeach()

set(_cm_files
  "lib/codemirror.js=static/codemirror.js"
  "lib/codemirror.css=static/codemirror.css"
  "mode/python/python.js=static/codemirror-python.js"
  "addon/edit/matchbrackets.js=static/codemirror-matchbrackets.js"
  "addon/edit/closebrackets.js=static/codemirror-closebrackets.js"
  "addon/selection/active-line.js=static/codemirror-active-line.js"
  "addon/comment/comment.js=static/codemirror-comment.js"
  "LICENSE=static/codemirror-LICENSE.txt")
if(EXISTS ${_cm_src}/lib/codemirror.js)
  foreach(_p IN LISTS _cm_files)
    string(REPLACE "=" ";" _p "${_p}")
    list(GET _p 0 _from)
    list(GET _p 1 _to)
    list(APPEND _www_pairs "${_cm_src}/${_from}=${_to}")
  endforeach()
else()
  # The page falls back to a plain text area; say how to get the real editor.
  message(WARNING "node_modules/codemirror is missing (run `npm ci --ignore-scripts`): "
                  "the web editor will use a plain text area")
endif()

set(_www_outputs)
foreach(_p IN LISTS _www_pairs)
  string(REPLACE "=" ";" _p "${_p}")
  list(GET _p 0 _from)
  list(GET _p 1 _to)
  add_custom_command(
    OUTPUT ${SAFE_EXEC_WWW_OUT}/${_to}
    COMMAND ${CMAKE_COMMAND} -E copy ${_from} ${SAFE_EXEC_WWW_OUT}/${_to}
    DEPENDS ${_from}
    COMMENT "www/${_to}"
    VERBATIM)
  list(APPEND _www_outputs ${SAFE_EXEC_WWW_OUT}/${_to})
endforeach()

add_custom_target(www ALL DEPENDS ${_www_outputs})
