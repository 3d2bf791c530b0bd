# expect: reject method
# line: 22
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval called (`id` run))
# why: 16b family A, own member: extra= a dict filled with a computed key
import copy
import logging
import typing


class A:
    def set(self):
        self._name = "__builtins__"


class Holder:
    def __init__(self):
        self.zq = A()


class H(logging.Handler):
    def emit(self, record):
        record.zq.set(lit)


lit = typing.Literal["eval"]
log = logging.getLogger("t")
log.addHandler(H())
d = {}
d["Z".lower() + "q"] = A
log.warning("x", extra=d)
copy.deepcopy(lit)("__import__('os').system('id')")
