# expect: reject syntax
# line: 4
# why: the same keyword twice (CPython: keyword argument repeated: a)
f(a=1, a=2)
