# expect: accept
# why: a global read sees the module's bindings of the name, not a generator's
#   or a function's local of the same name (honest24 p03)
import sys


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __xor__(self, o):
        return self.x * o.y - self.y * o.x

    def rotate(self):
        return Vec(-self.y, self.x)


def area(pts):
    return abs(sum(a ^ b for a, b in zip(pts, pts[1:] + pts[:1]))) / 2


def first(args):
    a = args[0]
    return a


a = Vec(3, 4)
print(area([Vec(0, 0), Vec(2, 0), Vec(0, 2)]), first(sys.argv)[:0], a.rotate().x)
