# expect: reject syntax
# line: 4
# why: return outside a function (CPython: 'return' outside function)
return 1
