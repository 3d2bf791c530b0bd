# expect: reject store
# line: 39
# why: round 37a ok_02: the same through a field named a, a method name no table lists
# ok_02 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv).
#
# Mechanism: same object as ok_01 (a collections.namedtuple instance whose
#   field holds [sys.argv].pop), but the field has a name no table knows
#   ("a"), so this goes down the OTHER branch of call_mask0_as(): the
#   "library call not known to build a new value" branch (inv), not the
#   builds_new/planted one.  `ns.a()` calls the held bound method: sys.argv.
#
# Why the checker missed it (analyzer/stores.c, call_mask0_as):
#   - For a method call that is not builds_new, part = spread(argm) |
#     elems(rm & ~M_TOP) | rm: the receiver's parts one level up at most.
#     A held *bound method* collapses TWO levels: the namedtuple holds the
#     bound method one level in (library-holds / shl), the bound method holds
#     the list, the list holds sys.argv.  rm has sys.argv at depth 2, the
#     result gets depth 1 at most, never M_TOP.
#   - Reading the field first (`f = ns.a; f()`) is refused, as are
#     SimpleNamespace(a=...).a(), argparse.Namespace(a=...).a(), a subclass
#     `class T(namedtuple(...))`, ._make(...), and a deeper payload
#     ([{0: sys.argv}].pop, partial(next, iter([sys.argv]))) whose "3 or more"
#     sticky bit spreads.  So the gap is exactly: method-call syntax on a
#     namedtuple instance whose field is a library bound method one level
#     above the shared object.
#   Fix: a call `o.m(...)` whose receiver may hold a callable under m (any
#   namedtuple field name, any keyword of a library constructor, any
#   attribute key) must lift what the receiver holds by two levels
#   (elems(elems(rm))) or simply spread(rm), as `f = o.m; f()` already does.
import collections
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest

T = collections.namedtuple("T", "a")
ns = T([sys.argv].pop)
names = ns.a()
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
