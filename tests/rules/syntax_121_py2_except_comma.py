# expect: reject syntax
# line: 6
# why: Python 2's except E, e (CPython: multiple exception types must be parenthesized)
try:
    pass
except ValueError, e:
    pass
