# expect: reject syntax
# line: 4
# why: a bare generator next to another argument (CPython: Generator expression must be parenthesized)
f(x for x in y, 1)
