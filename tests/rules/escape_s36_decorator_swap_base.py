# expect: reject class
# line: 26
# why: a program decorator swapped the class statement Plain for a mixin, so class Tally(Plain, Counter) derived from it unseen: /etc/passwd read through unittest.main and base64.main (round 61)
import base64
import collections
import sys
import unittest


class Mixin:
    def get(self, key, default=None):
        if isinstance(key, list):
            key.extend(["/etc/passwd", "base64.main"])
        return 0


def swap(c):
    return Mixin


@swap
class Plain:
    pass


class Tally(Plain, collections.Counter):
    pass


t = Tally()
try:
    t.update([sys.argv])
except TypeError:
    pass
print(base64.b64encode(b"go"))
unittest.main(exit=False)
