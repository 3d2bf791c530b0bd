# expect: accept
# why: twelfth red team, family S: `.registry` of the program's own objects stays allowed in a program that does not use functools.singledispatch

import dataclasses


@dataclasses.dataclass
class Plugins:
    registry: dict


class Store:
    def __init__(self):
        self.registry = {}

    def add(self, name, fn):
        self.registry[name] = fn


s = Store()
s.add("up", str.upper)
p = Plugins({"a": 1})
print(sorted(p.registry), s.registry["up"]("x"))
