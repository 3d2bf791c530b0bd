# expect: reject method
# line: 22
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval called (`id` run))
# why: 16b family A, own member: logging extra key written as an implicit concatenation ("z" "q")
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

log.warning("x", extra={"z" "q": A})
copy.deepcopy(lit)("__import__('os').system('id')")
