# expect: reject syntax
# line: 4
# why: 'as' outside with, except and case (CPython: invalid syntax)
x = a as b
