# expect: reject syntax
# line: 5
# why: a positional pattern after a keyword one (CPython: positional patterns follow keyword patterns)
match x:
    case C(a=1, b):
        pass
