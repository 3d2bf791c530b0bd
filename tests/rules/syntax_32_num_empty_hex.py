# expect: reject syntax
# line: 4
# why: a prefix with no digits (CPython: invalid hexadecimal literal)
x = 0x
