# expect: reject store
# line: 12
# why: a deque subclass's append: deque's deep copy calls append with each item's deep copy, and a logger's deep copy is the shared logger itself (CONTAINER_BASES lists append for deque)
import collections
import copy
import logging


class Log(collections.deque):
    def append(self, item):
        if isinstance(item, logging.Logger):
            item.disabled = True
        super().append(item)


log = Log()
log.extend([logging.getLogger("app")])
copy.deepcopy(log)
print(logging.getLogger("app").disabled)
