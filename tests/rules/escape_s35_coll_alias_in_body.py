# expect: reject store
# line: 11
# why: CONTAINER_BASES: a method bound under a listed name in the class body (get = put): the def escapes by its plain name in the body; Counter.update then calls it with the logging module's root logger
import collections
import logging


class Tally(collections.Counter):
    def put(self, key, default=None):
        if isinstance(key, logging.Logger):
            key.disabled = True
        return dict.get(self, key, default)

    get = put


t = Tally()
t["x"] = 1
t.update([logging.getLogger()])
print(logging.getLogger().disabled)
