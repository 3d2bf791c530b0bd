# expect: reject syntax
# line: 5
# why: return in a class body (CPython: 'return' outside function)
class A:
    return 1
