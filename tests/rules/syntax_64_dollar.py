# expect: reject syntax
# line: 4
# why: a character Python has no token for (CPython: invalid syntax)
x = $a
