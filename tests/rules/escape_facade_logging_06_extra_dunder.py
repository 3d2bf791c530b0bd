# expect: reject attribute
# why: logging facade: extra= makes its keys attributes of the record; deepcopy runs a __reduce_ex__ found there
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
log.warning("hi", extra={"__reduce_ex__": reduce_ex})
ev = copy.deepcopy(copy.deepcopy(keep.last))
ev("__import__('os').system('id')")

