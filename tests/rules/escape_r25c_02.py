# expect: reject store
# line: 47
# why: the red team's round 25c ok_02 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False)
#   (no argv=) resolves it.
# mechanism: `x = L() * [0]` with L a UserList subclass: UserList.mul-dunder answers
#   self.__class__(self.data * n) -- an L instance, NOT a list. L's __init__ sets data to 2 the
#   first time (2 * [0] works) and to R() (a UserDict subclass over a list) after. x[0:1] then goes
#   to UserList.__getitem__ -> self.data[slice] -> UserDict.__getitem__ -> `key in []` -> raise
#   KeyError(key): e.args[0] is slice(0, 1). box[s][0].append(sys.argv) then makes box[0][0]
#   sys.argv (box[s] is a new list of box's items), written by box[0][0].append(...).
# rule slipped: store via slices.c exact_sequence (e43b9c6): a binary `*` with a list display on
#   one side is called "the builtin's repeat, since no mul or rmul dunder of the program's may
#   answer and the library's answer a list with NotImplemented". False: UserList (and UserString)
#   define mul/rmul dunders returning self.__class__(...), so a library-based class answers with an
#   instance of itself, no dunder word in the program. x is "a name bound once to one of those",
#   so colon_written accepts x[0:1] as dropping the slice; no maker or item-dunder word -> "no
#   slice objects"; key_of_root counts box[s] as a level and box[0][0] is clean.
# family: exact_sequence trusts the operator without knowing the operand's type (same family as
#   25b: "a slice reaches the program through library code"). Principle: a repeat is exact only
#   when BOTH operands are displays/int literals (or provably builtin); any operand that may be an
#   instance of a library or program class makes the result unknown.
import collections
import logging
import sys
import unittest


class R(collections.UserDict):
    def __init__(self):
        self.data = []


class L(collections.UserList):
    def __init__(self, d=None):
        self.data = 2 if d is None else R()


x = L() * [0]
s = None
try:
    x[0:1]
except KeyError as e:
    s = e.args[0]
print(s)
box = [[]]
box[s][0].append(sys.argv)
box[0][0].append("logging.os.environ")
unittest.main(exit=False)
