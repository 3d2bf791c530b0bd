# expect: reject syntax
# line: 4
# why: augmented assignment to None (CPython: 'None' is an illegal expression for augmented assignment)
None += 1
