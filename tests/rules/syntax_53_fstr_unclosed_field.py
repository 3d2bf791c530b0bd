# expect: reject syntax
# line: 4
# why: a field with no closing brace (CPython: f-string: expecting '}')
x = f'{a'
