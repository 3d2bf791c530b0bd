# expect: reject attribute
# why: logging facade: extra= a mapping built at run time
# line: 22
import copy
import logging
import typing


def reduce_ex(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})


class Keep(logging.Handler):
    def emit(self, record):
        self.last = record


keep = Keep()
log = logging.getLogger("x")
log.addHandler(keep)
EXTRA = dict([("__reduce" + "_ex__", reduce_ex)])
log.warning("hi", extra=EXTRA)
ev = copy.deepcopy(copy.deepcopy(keep.last))
ev("__import__('os').system('id')")

