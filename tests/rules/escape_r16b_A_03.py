# expect: reject method
# line: 29
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval called (`id` run))
# why: 16b family A (ok_05): logging's extra={"\x7aq": A} sets record.zq; the decoded key holds the word
# Mechanism: as ok_03 (method rule, own_instance_attr), the attribute bound by logging:
# `extra={"\x7aq": A}` makes LogRecord.zq the class A (the key's word is hidden by an
# escape), and the program's Handler.emit calls record.zq.set(lit): the plain function
# with a typing alias as self; deepcopy of the alias hands back builtins' eval.
# Goal reached: eval called, running `id` as a process. No run-time dunder getattr/setattr.
# Output seen under python3:
#   uid=0(root) gid=0(root) groups=0(root)
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
log.warning("x", extra={"\x7aq": A})
copy.deepcopy(lit)("__import__('os').system('id')")
