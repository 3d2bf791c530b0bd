# expect: reject syntax
# line: 5
# why: async for in a plain function (CPython: 'async for' outside async function)
def f():
    async for x in y:
        pass
