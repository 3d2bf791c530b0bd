# expect: reject syntax
# line: 5
# why: a continuation that joins two statements (CPython: invalid syntax)
x = 1\
y = 2
