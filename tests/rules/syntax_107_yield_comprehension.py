# expect: reject syntax
# line: 5
# why: yield inside a comprehension (CPython: 'yield' inside list comprehension)
def f():
    return [(yield x) for x in y]
