# expect: accept
# why: a singledispatch function'\''s registry iterated in a comprehension whose reads of the class only inspect it (__name__, is, isinstance, issubclass, an f-string, str)
from functools import singledispatch


@singledispatch
def show(x):
    return "?"


@show.register
def _(x: type):
    return "a class"

print(sorted(t.__name__ for t in show.registry if t is not object))
print([isinstance(3, t) for t in show.registry], {t.__qualname__: 1 for t in show.registry})
print(len([f"{t}" for t in show.registry]), [str(t) for t in show.registry if issubclass(t, type)])
