# expect: reject syntax
# line: 4
# why: an unknown conversion (CPython: f-string: invalid conversion character: expected 's', 'r', or 'a')
x = f'{a!x}'
