# expect: reject syntax
# line: 4
# why: an empty field (CPython: f-string: empty expression not allowed)
x = f'{}'
