# expect: reject syntax
# line: 4
# why: async as a name (CPython: invalid syntax)
async = 1
