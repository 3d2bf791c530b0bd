# expect: reject syntax
# line: 4
# why: bytes and f together (CPython: invalid syntax)
x = bf'abc'
