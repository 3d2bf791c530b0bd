# expect: reject builtin
# why: a module-level tuple of literal names that is bound again is no judged source
# line: 13
import copy

NAMES = ("x", "y")
NAMES = NAMES + ("--reduce-ex--".replace("-", "_"),)


class C:
    def plant(self, v):
        for k in NAMES:
            setattr(self, k, v)


c = C()
c.plant(print)
print(copy.deepcopy(c))
