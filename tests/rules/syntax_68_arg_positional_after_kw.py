# expect: reject syntax
# line: 4
# why: a positional argument after a keyword one (CPython: positional argument follows keyword argument)
f(a=1, 2)
