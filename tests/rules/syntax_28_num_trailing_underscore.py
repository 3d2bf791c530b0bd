# expect: reject syntax
# line: 4
# why: an underscore at the end of a number (CPython: invalid decimal literal)
x = 1_000_
