# expect: reject syntax
# line: 5
# why: await in a plain function (CPython: 'await' outside async function)
def f():
    await x
