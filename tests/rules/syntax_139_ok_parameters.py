# expect: accept
# why: CPython 3.11 compiles this: every parameter kind
def f(a, b=1, /, c=2, *d, e, g=3, **h):
    return a
h = lambda a, /, b=1, *, c=2, **d: a
print(f(1, e=2), h(1))
