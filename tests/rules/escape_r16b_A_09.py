# expect: reject method
# line: 24
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval called (`id` run))
# why: 16b family A, own member: argparse makes "--z-q" the dest z_q (a dash after a name character read as an underscore)
import argparse
import copy
import typing


class A:
    def set(self):
        self._name = "__builtins__"


class Holder:
    def __init__(self):
        self.z_q = A()


p = argparse.ArgumentParser()
p.add_argument("--z-q", default=A)
h = p.parse_args([])
lit = typing.Literal["eval"]
h.z_q.set(lit)
copy.deepcopy(lit)("__import__('os').system('id')")
