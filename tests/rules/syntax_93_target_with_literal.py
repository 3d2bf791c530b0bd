# expect: reject syntax
# line: 4
# why: a literal as a with target (CPython: cannot assign to literal)
with a as 1:
    pass
