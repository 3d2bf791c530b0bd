# expect: reject builtin
# why: a __repr__ and an __eq__ that loop over the class's own __slots__, a tuple of
#   names written in the class body, through self in a method of a closed class.
#   Refused since computed names on self must come from a judged source: this
#   name (a '+' chain, a kwargs key, a value from data) may hold any text.
# line: 15
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__) + ")"

    def as_dict(self):
        out = {}
        for name in self.__slots__:
            out[name] = getattr(self, name)
        return out


p = Point(1, 2)
print(p, p.as_dict())
