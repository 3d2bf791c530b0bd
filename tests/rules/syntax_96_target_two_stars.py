# expect: reject syntax
# line: 4
# why: two starred targets (CPython: multiple starred expressions in assignment)
*a, *b = [1, 2]
