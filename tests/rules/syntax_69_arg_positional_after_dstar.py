# expect: reject syntax
# line: 4
# why: a positional argument after ** (CPython: positional argument follows keyword argument unpacking)
f(**k, 2)
