# expect: reject syntax
# line: 4
# why: a line that ends with 'and' (CPython: invalid syntax)
x = a and
y = 2
