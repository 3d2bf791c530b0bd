# expect: reject syntax
# line: 5
# why: a capture pattern before other cases (CPython: name capture 'a' makes remaining patterns unreachable)
match x:
    case a:
        pass
    case 1:
        pass
