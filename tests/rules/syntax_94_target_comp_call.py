# expect: reject syntax
# line: 4
# why: a call as a comprehension target (CPython: cannot assign to function call)
x = [1 for f() in y]
