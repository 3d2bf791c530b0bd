# expect: reject method
# line: 20
# why: a value pattern case Box.put: reads the def through its class and hands it to the subject's __eq__, which may raise it out (goal: a privileged def run with a class as self)
class Box:
    def put(self, v):
        self._name = v


class Other:
    pass


class Grab:
    def __eq__(self, other):
        raise LookupError(other)


try:
    match Grab():
        case Box.put:
            pass
except LookupError as e:
    raw = e.args[0]
raw(Other, "written into a class by a privileged def")
print("Other._name =", Other._name)
