# expect: reject syntax
# line: 4
# why: assignment to True (CPython: cannot assign to True)
True = 1
