# expect: accept
# why: cached_property, property, partial and partialmethod used as written: the
# program never renames the key a descriptor writes
import functools


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing")
        return 3.14159 * self.r * self.r

    @property
    def diameter(self):
        return 2 * self.r

    def scale(self, k):
        return Circle(self.r * k)

    double = functools.partialmethod(scale, 2)


c = Circle(2)
print(round(c.area, 2), round(c.area, 2), c.diameter, c.double().r)
add3 = functools.partial(lambda a, b: a + b, 3)
print(add3(4), add3.args)
