# expect: reject syntax
# line: 4
# why: / after * (CPython: / must be ahead of *)
def f(*a, /):
    pass
