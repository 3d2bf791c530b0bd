# expect: reject store
# line: 11
# why: a Counter subclass's get: Counter.update calls self.get(elem, 0) with each element it is handed (CONTAINER_BASES lists get for Counter), so key may be anything; here the logging module's root logger, whose level the store changes
import collections
import logging


class Tally(collections.Counter):
    def get(self, key, default=None):
        if isinstance(key, logging.Logger):
            key.disabled = True
        return super().get(key, default)


t = Tally()
t["x"] = 1
t.update([logging.getLogger()])
print(logging.getLogger().disabled)
