# expect: reject store
# line: 11
# why: CONTAINER_BASES: a method stored on the class under a listed name from outside (Tally.get = Tally.put); Counter.update then calls it with the logging module's root logger
import collections
import logging


class Tally(collections.Counter):
    def put(self, key, default=None):
        if isinstance(key, logging.Logger):
            key.disabled = True
        return 0


Tally.get = Tally.put
t = Tally()
t["x"] = 1
t.update([logging.getLogger()])
print(logging.getLogger().disabled)
