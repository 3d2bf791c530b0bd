# expect: reject syntax
# line: 5
# why: an over-indented line (CPython: unexpected indent)
x = 1
    y = 2
