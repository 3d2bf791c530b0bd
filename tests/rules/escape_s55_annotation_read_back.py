# expect: reject dunder
# line: 14
# why: defaultdict stands in an annotation because no code receives it there; read back out of the class's __annotations__ it would be the class as a value, called with a factory no rule judged
import collections
import functools


class Holder:
    d: collections.defaultdict


m = "".join(["x"] * 40)
factory = functools.partial(next, iter([]), m)
made = Holder.__annotations__["d"](factory)
print(made["k"])
