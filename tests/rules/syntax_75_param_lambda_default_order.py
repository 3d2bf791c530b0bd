# expect: reject syntax
# line: 4
# why: the same in a lambda (CPython: non-default argument follows default argument)
g = lambda a=1, b: 0
