# expect: reject store
# line: 24
# why: round 33a near_02: refused by a broader rule than the one the red team aimed at; kept so that narrowing it shows
# near_02 -- REFUSED (store, line 10). Would be goal 1 via goal 3; python3 3.11
#   reaches it: names is sys.argv.
# Mechanism: reprlib.recursive_repr(fillvalue) keeps fillvalue in a closure;
#   the wrapper it makes returns fillvalue itself on a recursive call
#   (wr(self) calling wr(self) again). builds_new trusts reprlib
#   (text_module), so the decorator maker's value is new at level 0 (part =
#   argm & ~M_TOP).
# Why refused: calling the resulting function values is CK_OPAQUE, whose mask
#   re-spreads what the callee holds at any depth (spread(fm & M_ALL)), so
#   sys.argv's deeper bits come back at level 0. A text-module function that
#   returns a CALLABLE holding an argument is only safe because of that spread.
import logging
import reprlib
import sys
import unittest

deco = reprlib.recursive_repr(sys.argv)
wr = deco(lambda self: wr(self))
names = wr(0)
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
