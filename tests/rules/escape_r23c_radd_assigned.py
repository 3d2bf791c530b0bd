# expect: reject builtin
# why: __radd__ bound by an assignment in a class body (not a def) decides "do_" + k
#   as well: any identifier __radd__ in the program withdraws the "+" prefix
#   (python3 3.11 prints "reached")
# line: 19
import copy


def radd(self, other):
    return "--reduce-ex--".replace("-", "_")


class S(str):
    __radd__ = radd


class C:
    def plant(self, k, v):
        setattr(self, "do_" + k, v)


c = C()
c.plant(S("x"), lambda proto: (print, ("reached",)))
copy.deepcopy(c)
