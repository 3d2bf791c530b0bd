# expect: reject attribute
# why: logging facade: a logger's makeRecord takes extra as a mapping
# line: 13
import copy
import logging
import typing


def reduce_ex(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})


rec = logging.getLogger("x").makeRecord("x", 30, "f", 1, "m", (), None, None, {"__reduce_ex__": reduce_ex})
ev = copy.deepcopy(copy.deepcopy(rec))
ev("__import__('os').system('id')")
