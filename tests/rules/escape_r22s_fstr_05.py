# expect: reject builtin
# why: an f-string of one field with no '__' text anywhere: the __radd__ of the str subclass its
#   __format__ returns builds the dunder from chr(95)
# line: 13
class S(str):
    def __radd__(self, other):
        return chr(95) * 2 + "globals" + chr(95) * 2
    def __format__(self, spec):
        return self
def do_x():
    return 1
s = S("x")
g = getattr(do_x, "do_" + f"{s}")


print(type(g))
