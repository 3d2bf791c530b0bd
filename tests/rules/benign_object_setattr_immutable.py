# expect: accept
# why: an immutable class sets its fields with object.__setattr__ and a literal name; a logging __setattr__ uses super()
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, name, value):
        raise AttributeError("immutable")
class Tracked:
    def __init__(self):
        super().__setattr__("_log", [])
    def __setattr__(self, name, value):
        self._log.append(name)
        super().__setattr__("value", value)
v = Vector(1, 2)
t = Tracked()
t.value = 3
print(v.x + v.y, t.value, t._log)
