# expect: reject syntax
# line: 4
# why: a lone closing brace (CPython: f-string: single '}' is not allowed)
x = f'a}b'
