# expect: reject syntax
# line: 4
# why: a bare * with nothing after it (CPython: named arguments must follow bare *)
def f(a, *):
    pass
