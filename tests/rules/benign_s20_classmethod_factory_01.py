# expect: accept
# why: a classmethod's cls(...) makes a new instance of a class of the program,
#   and K.m(...) with m the program's own def returns what that def returns, not
#   what the program's operator hooks do (honest24 p59)
import math


class Quaternion:
    def __init__(self, w=1.0, x=0.0, y=0.0, z=0.0):
        self.w, self.x, self.y, self.z = float(w), float(x), float(y), float(z)

    @classmethod
    def from_axis_angle(cls, axis, degrees):
        ax, ay, az = axis
        n = math.sqrt(ax * ax + ay * ay + az * az)
        half = math.radians(degrees) / 2
        s = math.sin(half) / n
        return cls(math.cos(half), ax * s, ay * s, az * s)

    def __iter__(self):
        return iter((self.w, self.x, self.y, self.z))

    def __eq__(self, o):
        return isinstance(o, Quaternion) and all(math.isclose(a, b) for a, b in zip(self, o))

    def rotate(self, point):
        return tuple(round(c * self.w, 6) for c in point)


qz = Quaternion.from_axis_angle((0, 0, 1), 90)
print(qz.rotate((1, 0, 0)), qz == qz)
