# expect: reject memory
# why: cost of the comparison purity rule: in a program with comparison dunders, __getattr__ (run by an attribute read inside one) is judged pure, and name.upper() is a method call in a program that defines __getattr__, which may answer any method name with any callable (the method allowances need every attribute bound by a written name); the honest form returns a stored value
# why: operator methods returning the program's own objects (__iadd__ returns
#   self, __lt__ a bool, __add__ a new vector), a callback handed to
#   functools.reduce and map that returns them, and __getattr__/property/
#   __call__ returning plain values; the results are updated
import functools


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    @property
    def norm(self):
        return abs(self.x) + abs(self.y)

    def __call__(self, k):
        return Vec(self.x * k, self.y * k)


class Settings:
    def __getattr__(self, name):
        return name.upper()


def longer(a, b):
    return a if b < a else b


vs = [Vec(1, 2), Vec(3, 1), Vec(0, 5)]
total = functools.reduce(lambda a, b: a + b, vs)
total.x = total.norm
best = functools.reduce(longer, vs)
best.y = 0
acc = Vec(0, 0)
acc += vs[0]
acc.x = -acc.x
for v in map(lambda v: v(2), vs):
    v.y += 1
big = max(vs)
big.x = 9
print(total.x, best.y, acc.x, big.x, Settings().mode, vs[0] < vs[1])
