# expect: reject store
# line: 24
# why: round 37b near_01, refused before and after (see its header)
# near_01 -- refused (store): `__enter__ = functools.partial(g2, sys.argv)` with `with K() as names`.
# The with-statement target is judged by another path than the operator/item protocols
# of ok_02 (the partial holds sys.argv as an argument, which that path spreads).
import functools
import sys


def g2(x, *a):
    return x


class K:
    __enter__ = functools.partial(g2, sys.argv)
    def __exit__(self, *a):
        return False


with K() as names:
    pass
print("names is sys.argv:", names is sys.argv)
names.append("x")
