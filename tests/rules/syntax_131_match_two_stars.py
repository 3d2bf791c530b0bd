# expect: reject syntax
# line: 5
# why: two starred names in a sequence pattern (CPython: multiple starred names in sequence pattern)
match x:
    case [*a, *b]:
        pass
