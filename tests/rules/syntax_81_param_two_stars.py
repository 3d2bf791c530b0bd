# expect: reject syntax
# line: 4
# why: two *args (CPython: * argument may appear only once)
def f(*a, *b):
    pass
