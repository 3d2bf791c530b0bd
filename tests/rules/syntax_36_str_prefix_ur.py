# expect: reject syntax
# line: 4
# why: a prefix Python 3 does not have (CPython: invalid syntax)
x = ur'abc'
