# expect: reject syntax
# line: 4
# why: a closing bracket of the wrong kind (CPython: closing parenthesis ']' does not match opening parenthesis '(')
x = (1, 2]
