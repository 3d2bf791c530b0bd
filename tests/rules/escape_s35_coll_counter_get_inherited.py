# expect: reject store
# line: 15
# why: a Counter subclass's get two classes down: Tally derives from a program class that derives from Counter, whose update still calls get with each element it is handed (inherited_hooks takes the containers' limit along)
import collections
import logging


class Base(collections.Counter):
    pass


class Tally(Base):
    def get(self, key, default=None):
        if isinstance(key, logging.Logger):
            key.disabled = True
        return super().get(key, default)


t = Tally()
t["x"] = 1
t.update([logging.getLogger()])
print(logging.getLogger().disabled)
