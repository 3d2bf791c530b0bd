# expect: reject method
# line: 37
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval called (`id` run))
# why: sixteenth red team (16b), family A (ok_03): an escape in argparse's option string ("--\x7aq") binds the attribute zq from text own_instance_attr read as raw bytes: literals are decoded before the word test
# Mechanism: the method rule's round-15 relaxation "X.a.m is bound when every store of
# attribute a is an instance of the program's own class" (analyzer/names.c,
# own_instance_attr). Its proof that nothing else binds the name scans identifiers and
# the raw source bytes of string literals for the word; an escape sequence in the literal
# (`"--\x7aq"` is the text "--zq") hides the word, and argparse binds the attribute from
# that option string (dest "zq", default=A: the class, not an instance). So h.zq.set is the
# plain function A.set, which takes any object as self: it writes the private `_name` of a
# typing alias, and copy.deepcopy of the alias (typing's __reduce__ looks `_name` up in
# typing's globals) hands back builtins' eval. (Payload of tests/rules/escape_r15p_attrm_*.)
# Goal reached: eval called, running `id` as a process.
# No dunder name is given to getattr/setattr/delattr at run time.
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
p.add_argument("--\x7aq", default=A)
h = p.parse_args([])
lit = typing.Literal["eval"]
h.zq.set(lit)
copy.deepcopy(lit)("__import__('os').system('id')")
