# expect: reject builtin
# why: variable annotation (evaluated at run time)
# line: 4
x: eval('int') = 1
print(x)
