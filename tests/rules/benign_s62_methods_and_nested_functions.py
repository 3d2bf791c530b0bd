# expect: accept
# why: the honest look-alikes of round 92's nesting rule: defs written directly in a class body (a classmethod among them), a def under an if inside a method, a class statement under an if at module level, and an instance called as itself rather than through __call__
import sys


class Scale:
    def __init__(self, k):
        self.k = k

    @classmethod
    def unit(cls):
        return cls(1)

    def __call__(self, x):
        if x < 0:
            def flip(v):
                return -v
            return flip(x) * self.k
        return x * self.k


if len(sys.argv) < 100:
    class Pair:
        def __init__(self, a, b):
            self.a, self.b = a, b

        def total(self):
            return self.a + self.b

double = Scale(2)
print(double(5), double(-3), Scale.unit()(7), Pair(2, 3).total())
