# expect: reject syntax
# line: 4
# why: a name glued to a string (CPython: Missing parentheses in call to 'print'. Did you mean print(...)?)
x = print'abc'
