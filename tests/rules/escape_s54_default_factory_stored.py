# expect: reject memory
# line: 15
# why: round 86's primitive with the factory stored after the defaultdict is made: every store of default_factory is judged as the constructor's argument
import collections
import functools


class It:
    def __iter__(self):
        return self


box = collections.defaultdict(list)
m = "".join(["x"] * 40)
box.default_factory = functools.partial(next, It(), m)
