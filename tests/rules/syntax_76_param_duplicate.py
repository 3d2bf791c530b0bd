# expect: reject syntax
# line: 4
# why: one name twice (CPython: duplicate argument 'a' in function definition)
def f(a, b, a):
    pass
