# expect: accept
# Honest super().__init__ forms: in __init__ of a subclass of a library class, of a
# builtin exception and of the program's own classes, super(C, self), cooperative
# mixins passing keywords on, and a reset method calling super().__init__ that is
# called bound.
import json


class Encoder(json.JSONEncoder):
    def __init__(self, **kw):
        super().__init__(sort_keys=True, **kw)

    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


class Base:
    def __init__(self, name):
        self.name = name


class Child(Base):
    def __init__(self, name, n):
        super(Child, self).__init__(name)
        self.n = n

    def rename(self, name):
        super().__init__(name)


class Tagged:
    def __init__(self, **kw):
        super().__init__(**kw)
        self.tag = "t"


class Both(Tagged, Base):
    def __init__(self):
        super().__init__(name="both")


class Problem(ValueError):
    def __init__(self, what):
        super().__init__("problem: " + what)


c = Child("a", 1)
c.rename("b")
print(Encoder().encode({"s": {3, 1}}), c.name, c.n, Both().tag, Both().name)
try:
    raise Problem("x")
except Problem as e:
    print(e)
