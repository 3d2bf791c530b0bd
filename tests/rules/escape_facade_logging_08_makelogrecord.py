# expect: reject module_attribute
# why: logging facade: makeLogRecord fills a record's dict from a mapping
# line: 13
import copy
import logging
import typing


def reduce_ex(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})


rec = logging.makeLogRecord({"__reduce_ex__": reduce_ex})
ev = copy.deepcopy(copy.deepcopy(rec))
ev("__import__('os').system('id')")
