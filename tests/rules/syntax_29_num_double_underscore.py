# expect: reject syntax
# line: 4
# why: two underscores in a row (CPython: invalid decimal literal)
x = 1__000
