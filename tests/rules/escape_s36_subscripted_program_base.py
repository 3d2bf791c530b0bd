# expect: reject class
# line: 12
# why: Base[str] over Base(collections.Counter): the subscript cut the chain to Counter, so Tally.get was taken for the program's alone (round 60)
import collections
import logging


class Base(collections.Counter):
    pass


class Tally(Base[str]):
    def get(self, key, default=None):
        if isinstance(key, logging.Logger):
            key.disabled = True
        return 0


t = Tally()
t["x"] = 1
t.update([logging.getLogger()])
print(logging.getLogger().disabled)
