# expect: reject syntax
# line: 4
# why: a digit out of range (CPython: invalid digit '2' in binary literal)
x = 0b102
