# expect: accept
# why: functools.cached_property used as a decorator, as intended
import functools
import math


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing")
        return math.pi * self.r ** 2


c = Circle(2)
print(round(c.area, 3), round(c.area, 3))
