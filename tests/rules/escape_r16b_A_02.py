# expect: reject method
# line: 32
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval called (`id` run))
# why: 16b family A (ok_04): implicit concatenation ("--z" "q") makes the dest zq from two literals neither of which holds the word: concatenations are joined
# Mechanism: as ok_03 (method rule, own_instance_attr: "every store of attribute zq is an
# instance of the program's class"), the name hidden by implicit string concatenation:
# `"--z" "q"` is two string nodes, neither holding the word `zq`, while argparse gets the
# option "--zq" (dest zq, default=A, the class). h.zq.set is then the plain function and
# takes a typing alias as self; deepcopy of the alias hands back builtins' eval.
# Goal reached: eval called, running `id` as a process. No run-time dunder getattr/setattr.
# Output seen under python3:
#   uid=0(root) gid=0(root) groups=0(root)
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
p.add_argument("--z" "q", default=A)
h = p.parse_args([])
lit = typing.Literal["eval"]
h.zq.set(lit)
copy.deepcopy(lit)("__import__('os').system('id')")
