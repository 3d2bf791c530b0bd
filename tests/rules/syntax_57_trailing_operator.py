# expect: reject syntax
# line: 4
# why: a line that ends with an operator (CPython: invalid syntax)
x = 1 +
y = 2
