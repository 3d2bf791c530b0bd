# expect: reject syntax
# line: 4
# why: two names with nothing between (CPython: invalid syntax)
x = a b
