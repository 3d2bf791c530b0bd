# expect: reject store
# line: 58
# why: round 35a ok_01: string.capwords(W(), sep) with sep a namedtuple whose field join holds functools.partial(next, iter([sys.argv])): what the arguments hold at any depth, lifted as a callee's, comes back from a text module's function (method_returns_mask)
# ok_01 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, a list
#          the sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: string.capwords(s, sep) is `(sep or ' ').join(map(str.capitalize,
#   s.split(sep)))`.  s is a program object whose split() accepts any sep and
#   answers [], so sep need not be text: here it is a collections.namedtuple
#   instance whose FIELD is named `join`, holding
#   functools.partial(next, iter([sys.argv])).  sep.join(<map>) is
#   next(it, <map>) == sys.argv, handed back as capwords' result.
#
# Why the checker missed it (analyzer/stores.c, round-34 code):
#   - method_returns_mask() is the only thing that adds "what a method of an
#     argument returns" for a text_callee (string.capwords).  It takes
#     METHOD_RETURNS (class-body defs), hook H_ESC (escaping defs/lambdas) and
#     the keys that duck_bound_keys() finds: names in library-duck-calls.txt
#     that s->keys holds and that are bound otherwise than by a class-body def.
#   - A namedtuple field (or a keyword of a library call:
#     types.SimpleNamespace(join=...) is accepted the same way, variant below)
#     creates NO key named "join" in s->keys, so duck_bound_keys() never lists
#     it (the commit message says "a keyword or a field name" -- not so for
#     library constructors' keywords / namedtuple fields).
#   - The callable is a functools.partial of a builtin, not a def/lambda, so
#     H_ESC has nothing either (with `lambda m: sys.argv` the program is
#     refused; with `sep.join = partial(...)` -- an attribute store, a key --
#     it is refused too).
#   - The partial's sys.argv lies 3 levels deep (partial -> iterator -> list ->
#     sys.argv); capwords is builds_new (text_module) + nests_arguments, so its
#     result keeps only argm & ~M_TOP | shl(argm): never the top bit.
#   Variants verified accepted + reaching sys.argv: field list ["x", "join"];
#   T(1, join=...); types.SimpleNamespace(join=functools.partial(...)).
#   Fix: duck_bound_keys must also count duck names appearing as keyword
#   argument names of ANY call and as namedtuple/field-name strings (any string
#   literal containing the word), and method_returns_mask should add
#   spread(argm) -- the arguments' parts at every depth, lifted as a callee's
#   -- whenever an argument is not text_args (a non-text object's method may
#   be any callable it holds, partial/bound methods included).
import collections
import functools
import logging  # unittest resolves "logging.os.environ" from __main__
import string
import sys
import unittest

T = collections.namedtuple("T", "x join")


class W:
    def split(self, sep):
        return []


sep = T(1, functools.partial(next, iter([sys.argv])))
names = string.capwords(W(), sep)
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
