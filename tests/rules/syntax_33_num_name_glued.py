# expect: reject syntax
# line: 4
# why: a name glued to a number (CPython: invalid decimal literal)
x = 3abc
