# expect: reject module_attribute
# why: the cost of singledispatch's rule: in a program that uses it, every .register is judged as a dispatch
# function's (the checker cannot tell them apart), so a registry's @registry.register("name") is refused
# line: 22
from functools import singledispatch


class Registry:
    def __init__(self):
        self.items = {}

    def register(self, name):
        def deco(fn):
            self.items[name] = fn
            return fn
        return deco


registry = Registry()


@registry.register("csv")
def to_csv(rows):
    return "\n".join(",".join(map(str, r)) for r in rows)


@singledispatch
def show(x):
    return str(x)


print(show(to_csv([[1, 2], [3, 4]])), sorted(registry.items))
