# expect: reject builtin
# why: pydoc's pager runs shell commands
# line: 4
help()
