# expect: reject store
# line: 11
# why: CONTAINER_BASES: a mixin's get, the mixin a base of a Counter subclass: inherited_hooks hands the container's limit to the bases of one; Counter.update then calls it with the logging module's root logger
import collections
import logging


class Mixin:
    def get(self, key, default=None):
        if isinstance(key, logging.Logger):
            key.disabled = True
        return 0


class Tally(Mixin, collections.Counter):
    pass


t = Tally()
t["x"] = 1
t.update([logging.getLogger()])
print(logging.getLogger().disabled)
