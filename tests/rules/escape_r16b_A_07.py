# expect: reject method
# line: 25
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval called (`id` run))
# why: 16b family A, own member: a backslash-newline inside the literal splits the word in the source bytes; decoded, it is gone
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
p.add_argument("--z\
q", default=A)
h = p.parse_args([])
lit = typing.Literal["eval"]
h.zq.set(lit)
copy.deepcopy(lit)("__import__('os').system('id')")
