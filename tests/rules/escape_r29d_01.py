# expect: reject module_attribute
# line: 43
# why: round 29d ok_01: 'functools.lru_cache(maxsize=None)(list)' hands a later call with an equal argument what an earlier call returned: cache and lru_cache are decorators only
# ok_01 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: functools.lru_cache wrapped around a BUILTIN (here `list`) is a
#   table keyed by equality: cached(T([sys.argv])) stores its result -- a new
#   list whose item 0 IS sys.argv -- under the key T([sys.argv]).  A later call
#   with a fresh, equal-but-distinct probe T([[]]) (a tuple subclass whose
#   __hash__ is constant and whose __eq__ answers True) hits the cache and hands
#   back the FIRST result.  cached(T([[]]))[0] is the real sys.argv; the program
#   appends "logging.os.environ", and unittest.main(exit=False) resolves that
#   dotted name from __main__ and prints os.environ in its TypeError.
#
# Why the checker missed it: analyzer/stores.c takes functools.lru_cache (and
#   cache) for a TRANSPARENT wrapper (transparent_decorator, the "library"
#   table of callers that "call what they are given with the arguments of the
#   program's own calls", plain_module("functools"): results "tracked as
#   arguments").  So cached(X) is judged as list(X): the parts of the argument
#   of THIS call.  Nothing models that a memoizing wrapper answers a call with
#   what an EARLIER call (with other arguments) returned.  With the program's own
#   @lru_cache def the return is judged over all the def's calls (round 29a
#   near_01: refused); wrapping a builtin (list, tuple, dict, sorted, ...) leaves
#   no `return` for that judgement.  Controls: `cached([sys.argv])[0].append(..)`
#   and `cached(T([sys.argv]))[0].append(..)` are refused (rule store): only the
#   cache hit with a fresh probe escapes.
import functools
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class T(tuple):
    def __hash__(self):
        return 29

    def __eq__(self, other):
        return True


cached = functools.lru_cache(maxsize=None)(list)
cached(T([sys.argv]))
names = cached(T([[]]))[0]
print("cached(probe)[0] is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
