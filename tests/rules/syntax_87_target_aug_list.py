# expect: reject syntax
# line: 4
# why: augmented assignment to a list (CPython: 'list' is an illegal expression for augmented assignment)
[a] += [1]
