# expect: reject syntax
# line: 4
# why: await outside a function (CPython: 'await' outside function)
await x
