# expect: reject builtin
# why: compile builds code objects
# line: 4
code = compile('print(1)', '<s>', 'exec')
