# expect: reject syntax
# line: 5
# why: an as pattern capturing _ (CPython: cannot use '_' as a target)
match x:
    case C(a=1 as _):
        pass
