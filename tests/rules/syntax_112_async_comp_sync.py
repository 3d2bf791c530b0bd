# expect: reject syntax
# line: 5
# why: an async comprehension in a plain function (CPython: asynchronous comprehension outside of an asynchronous function)
def f():
    return [x async for x in y]
