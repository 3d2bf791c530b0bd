# expect: reject syntax
# line: 4
# why: await as a parameter (CPython: invalid syntax)
def f(await):
    pass
