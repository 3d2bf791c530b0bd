# expect: reject store
# line: 17
# why: family of round 38a ok_03: a match capture in a class body binds __floor__ to a partial
import functools
import math
import sys


class K:
    match [functools.partial(next, iter([sys.argv]))]:
        case [__floor__]:
            pass


names = math.floor(K())
print(names is sys.argv)
names.append("x")
