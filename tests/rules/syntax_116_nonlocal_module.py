# expect: reject syntax
# line: 4
# why: nonlocal at module level (CPython: nonlocal declaration not allowed at module level)
nonlocal x
