# expect: reject attribute
# line: 9
# why: a Counter subclass's _keep_positive: a name with a leading underscore in a collections container subclass is taken as called by the base with its own values
import collections
import sys


class Pos(collections.Counter):
    def _keep_positive(self, extra=None):
        (extra or sys.argv).append("pwn")
        return super()._keep_positive()


p = Pos("aab")
p += Pos("b")
print(sys.argv)
