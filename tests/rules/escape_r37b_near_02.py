# expect: reject dunder
# line: 11
# why: round 37b near_02, refused before and after (see its header)
# near_02 -- refused (dunder): `__new__ = functools.partial(...)` would make K() return sys.argv
# (slot_tp_new calls the partial with the class); the dunder rule demands a def for __new__.
import functools
import sys


class K:
    __new__ = functools.partial(next, iter([sys.argv]))


names = K()
print("names is sys.argv:", names is sys.argv)
names.append("x")
