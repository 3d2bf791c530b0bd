# expect: reject syntax
# line: 4
# why: Python 2's raise E, v (CPython: invalid syntax)
raise ValueError, 'x'
