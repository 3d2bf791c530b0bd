# expect: reject syntax
# line: 5
# why: two as in one pattern without parentheses (CPython: invalid syntax)
match x:
    case C(a=1 as b as c):
        pass
