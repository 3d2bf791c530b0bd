# expect: reject class
# line: 43
# why: round 29d ok_04: '@functools.lru_cache(maxsize=None) class T(tuple)': a cached class hands a later call the instance an equal argument made
# ok_04 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv): the sys.argv / unittest.main lever.
#
# SAME LIBRARY MECHANISM AS ok_01 (functools.lru_cache answers a call with what
#   an EARLIER call returned), kept because the CHECKER PATH differs: a fix that
#   stops treating lru_cache(builtin) as transparent, or that judges a cached
#   def's return over all calls, leaves this one open.
#
# Mechanism: @functools.lru_cache over a CLASS statement (a tuple subclass).
#   T(K([sys.argv])) builds a T whose item 0 is sys.argv and caches it under
#   the key K([sys.argv]); T(K([[]])) with an equal-but-distinct key (constant
#   __hash__, __eq__ answering True) is a cache hit and hands back that first
#   instance: T(K([[]]))[0] is the real sys.argv.  The program appends
#   "logging.os.environ", and unittest.main(exit=False) prints os.environ in
#   its TypeError.
#
# Why the checker missed it: analyzer/stores.c own_product_decorators() and
#   transparent_decorator() list lru_cache as a decorator whose product is
#   "the program's own def or class ... a new wrapper of it", so `T` stays a
#   program class and call_mask0_as() case CK_CLASS judges T(args) as a NEW
#   instance holding THIS call's arguments' parts (program_bases is false for
#   a tuple base; argm comes from K([[]]), a fresh list).  The class-body /
#   __new__ judgements do not apply (no body values, no __new__), and nothing
#   models the memo.  (Round 29a near_01: a cached DEF is refused because its
#   return is judged over all its calls -- a class has no `return`.)
import functools
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class K(tuple):
    def __hash__(self):
        return 29

    def __eq__(self, other):
        return True


@functools.lru_cache(maxsize=None)
class T(tuple):
    pass


T(K([sys.argv]))
names = T(K([[]]))[0]
print("T(K([[]]))[0] is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
