# expect: reject syntax
# line: 4
# why: a closing bracket with no opening (CPython: unmatched ')')
x = 1)
