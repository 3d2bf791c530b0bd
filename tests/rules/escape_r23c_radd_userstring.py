# expect: reject builtin
# why: collections.UserString's __radd__ answers self.__class__(...): a subclass of the
#   program deriving from str too is then the name, hashed and compared by its data, so
#   setattr plants a key that "__reduce_ex__" finds (python3 3.11 prints "reached"); a
#   program naming UserString or UserList gets no "do_" + k
# line: 18
import collections
import copy


class S(collections.UserString, str):
    def __init__(self, seq):
        super().__init__("--reduce-ex--".replace("-", "_"))


class C:
    def plant(self, k, v):
        setattr(self, "do_" + k, v)


c = C()
c.plant(S("x"), lambda proto: (print, ("reached",)))
copy.deepcopy(c)
