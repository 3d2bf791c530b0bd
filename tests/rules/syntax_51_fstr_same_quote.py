# expect: reject syntax
# line: 4
# why: the f-string's own quote inside a field (PEP 701 is 3.12) (CPython: f-string: unmatched '[')
x = f'{d['k']}'
