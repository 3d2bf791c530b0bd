# expect: reject store
# line: 11
# why: a UserDict subclass's update: UserDict's constructor, copy and | call self.update(other) with what they were handed (CONTAINER_BASES lists update for UserDict)
import collections
import sys


class Conf(collections.UserDict):
    def update(self, other=(), **kw):
        if isinstance(other, dict):
            other.setdefault("argv", sys.argv).append("pwn")
        super().update(other, **kw)


c = Conf({"a": 1})
print((c | {"b": 2}).data, sys.argv)
