# expect: reject class
# line: 20
# why: a Generic mixin written Mixin[int] beside collections.Counter: Counter.update calls its get with sys.argv, which unittest.main then walks by name (round 60)
import collections
import logging
import sys
import typing
import unittest

T = typing.TypeVar("T")


class Mixin(typing.Generic[T]):
    def get(self, key, default=None):
        if isinstance(key, list):
            key.append("logging.os.environ.copy")
        return 0


class Tally(Mixin[int], collections.Counter):
    pass


t = Tally()
try:
    t.update([sys.argv])
except TypeError:
    pass
print(logging.INFO, sys.argv)
unittest.main(exit=False)
