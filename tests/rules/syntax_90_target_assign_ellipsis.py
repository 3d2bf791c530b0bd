# expect: reject syntax
# line: 4
# why: assignment to ... (CPython: cannot assign to ellipsis here. Maybe you meant '==' instead of '='?)
... = 1
