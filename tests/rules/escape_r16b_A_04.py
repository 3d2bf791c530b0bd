# expect: reject method
# line: 24
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval called (`id` run))
# why: 16b family A, own member: dest="\x7aq" (argparse dest= keyword, escaped)
import argparse
import copy
import typing


class A:
    def set(self):
        self._name = "__builtins__"


class Holder:
    def __init__(self):
        self.zq = A()


p = argparse.ArgumentParser()
p.add_argument("-x", dest="\x7aq", default=A)
h = p.parse_args([])
lit = typing.Literal["eval"]
h.zq.set(lit)
copy.deepcopy(lit)("__import__('os').system('id')")
