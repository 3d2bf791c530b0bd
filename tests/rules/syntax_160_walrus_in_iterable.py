# expect: reject syntax
# line: 4
# why: a walrus in a comprehension's iterable (CPython: cannot be used in a comprehension iterable expression)
firsts = [x for x in (rows := [1, 2])]
