# expect: reject syntax
# line: 5
# why: a wildcard before other cases (CPython: wildcard makes remaining patterns unreachable)
match x:
    case _:
        pass
    case 1:
        pass
