# expect: reject builtin
# why: "do_" + k is decided by k's __radd__ when k is a str subclass that overrides it:
#   a class of the program binding __radd__ makes the sum "__reduce_ex__", planted on self
#   and run by copy.deepcopy (python3 3.11 prints "reached")
# line: 16
import copy


class S(str):
    def __radd__(self, other):
        return "__reduce_ex__"


class C:
    def plant(self, k, v):
        setattr(self, "do_" + k, v)


c = C()
c.plant(S("x"), lambda proto: (print, ("reached",)))
copy.deepcopy(c)
