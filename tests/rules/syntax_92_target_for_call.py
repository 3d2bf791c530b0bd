# expect: reject syntax
# line: 4
# why: a call as a loop target (CPython: cannot assign to function call)
for f() in y:
    pass
