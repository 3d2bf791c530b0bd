# expect: reject syntax
# line: 4
# why: augmented assignment to a tuple (CPython: 'tuple' is an illegal expression for augmented assignment)
a, b += 1, 2
