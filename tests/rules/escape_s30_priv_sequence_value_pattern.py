# expect: reject method
# line: 20
# why: a value pattern inside a sequence pattern reads the def through its class and hands it to the item's __eq__
class Box:
    def put(self, v):
        self._name = v


class Other:
    pass


class Grab:
    def __eq__(self, other):
        raise LookupError(other)


try:
    match [Grab()]:
        case [Box.put, *_]:
            pass
except LookupError as e:
    raw = e.args[0]
raw(Other, "written into a class by a privileged def")
print("Other._name =", Other._name)
