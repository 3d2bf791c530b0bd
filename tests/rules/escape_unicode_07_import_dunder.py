# expect: reject builtin
# why: sans-serif i
# line: 4
print(__𝗂mport__('os'))
