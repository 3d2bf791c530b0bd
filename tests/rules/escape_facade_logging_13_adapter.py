# expect: reject module_attribute
# why: logging facade: a LoggerAdapter's extra mapping goes into every record
# line: 21
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
ad = logging.LoggerAdapter(log, {"__reduce_ex__": reduce_ex})
ad.warning("hi")
ev = copy.deepcopy(copy.deepcopy(keep.last))
ev("__import__('os').system('id')")

