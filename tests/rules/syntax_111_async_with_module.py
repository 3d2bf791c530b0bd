# expect: reject syntax
# line: 4
# why: async with at module level (CPython: 'async with' outside async function)
async with a:
    pass
