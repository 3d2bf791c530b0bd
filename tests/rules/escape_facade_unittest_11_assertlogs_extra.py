# expect: reject attribute
# why: unittest facade: assertLogs hands out a Logger; extra= writes any name into a LogRecord's dict, and deepcopy runs its __reduce_ex__
# line: 13
import copy
import typing
import unittest


def reduce_ex(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})


ctx = unittest.TestCase().assertLogs("x")
with ctx as watcher:
    ctx.logger.warning("hi", **{"extra": {"__reduce_ex__": reduce_ex}})
ev = copy.deepcopy(copy.deepcopy(watcher.records[0]))
ev("__import__('os').system('id')")
