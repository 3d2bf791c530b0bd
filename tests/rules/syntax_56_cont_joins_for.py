# expect: reject syntax
# line: 5
# why: a continuation that joins a loop to an expression (CPython: invalid syntax)
a = [1]\
for c in a:
    pass
