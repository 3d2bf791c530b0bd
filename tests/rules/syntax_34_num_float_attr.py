# expect: reject syntax
# line: 4
# why: an attribute on a float with no space (CPython: invalid decimal literal)
x = 1.__class__
