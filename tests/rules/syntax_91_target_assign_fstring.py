# expect: reject syntax
# line: 4
# why: assignment to an f-string (CPython: cannot assign to f-string expression here. Maybe you meant '==' instead of '='?)
f'{a}' = 1
