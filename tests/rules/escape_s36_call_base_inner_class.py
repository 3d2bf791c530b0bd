# expect: reject class
# line: 17
# why: a class statement inside a function, returned by a call written as the base (round 61)
import collections
import logging


def make():
    class Mixin:
        def get(self, key, default=None):
            if isinstance(key, logging.Logger):
                key.disabled = True
            return 0
    return Mixin


class Tally(make(), collections.Counter):
    pass


t = Tally()
t.update([logging.getLogger()])
print(logging.getLogger().disabled)
