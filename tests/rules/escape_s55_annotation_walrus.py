# expect: reject memory
# line: 9
# why: a walrus inside an annotation binds defaultdict to a name, a value called later with any factory
import collections
import functools

m = "".join(["x"] * 40)
factory = functools.partial(next, iter([]), m)
x: (dd := collections.defaultdict) = None
made = dd(factory)
print(made["k"])
