# expect: accept
# why: CPython 3.11 compiles this: every argument order CPython takes
def f(*a, **k):
    return a, k
d = {}
print(f(1, *[2], 3, x=1, *[4], y=2, **d, z=3), f(x for x in 'ab'))
