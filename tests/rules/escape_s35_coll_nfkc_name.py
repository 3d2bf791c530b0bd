# expect: reject store
# line: 11
# why: CONTAINER_BASES: a def whose name folds (NFKC) to a listed name, get; Counter.update then calls it with the logging module's root logger
import collections
import logging


class Tally(collections.Counter):
    def ｇet(self, key, default=None):
        if isinstance(key, logging.Logger):
            key.disabled = True
        return 0


t = Tally()
t["x"] = 1
t.update([logging.getLogger()])
print(logging.getLogger().disabled)
