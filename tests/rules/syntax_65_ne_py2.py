# expect: reject syntax
# line: 4
# why: Python 2's <> operator (CPython: invalid syntax)
x = a <> b
