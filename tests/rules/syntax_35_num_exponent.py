# expect: reject syntax
# line: 4
# why: an exponent with no digits (CPython: invalid decimal literal)
x = 1e+
