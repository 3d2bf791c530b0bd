# expect: reject method
# line: 20
# why: a mapping pattern's key case {Box.put: _} is handed to the subject's get, a def of the program's dict subclass
class Box:
    def put(self, v):
        self._name = v


class Other:
    pass


class Grab(dict):
    def get(self, key, default=None):
        raise LookupError(key)


try:
    match Grab(a=1):
        case {Box.put: _}:
            pass
except LookupError as e:
    raw = e.args[0]
raw(Other, "written into a class by a privileged def")
print("Other._name =", Other._name)
