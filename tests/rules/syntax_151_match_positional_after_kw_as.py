# expect: reject syntax
# line: 5
# why: a positional pattern after a keyword one whose value is an as pattern (CPython: positional patterns follow keyword patterns)
match x:
    case C(a=1 as b, 2):
        pass
