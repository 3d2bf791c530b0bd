# expect: reject syntax
# line: 4
# why: a Python 2 tuple parameter (CPython: Function parameters cannot be parenthesized)
def f((a, b)):
    pass
