# expect: reject syntax
# line: 5
# why: a parenthesized keyword pattern among a class pattern's arguments (CPython: invalid syntax)
match x:
    case C(a=1, (b=2) as c):
        pass
