# expect: reject syntax
# line: 4
# why: / with nothing before it (CPython: at least one argument must precede /)
def f(/, a):
    pass
