# expect: reject syntax
# line: 4
# why: yield outside a function (CPython: 'yield' outside function)
x = yield 1
