# expect: reject syntax
# line: 4
# why: an assignment with no value (CPython: invalid syntax)
x =
y = 2
