# expect: reject syntax
# line: 5
# why: a star pattern among a class pattern's arguments (CPython: invalid syntax)
match x:
    case C(a=1, *rest):
        pass
