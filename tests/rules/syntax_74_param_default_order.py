# expect: reject syntax
# line: 4
# why: a parameter without default after one with (CPython: non-default argument follows default argument)
def f(a=1, b):
    pass
