# expect: reject store
# line: 48
# why: round 31a ok_02: B = collections.ChainMap; class K(B), with a class B elsewhere: a base is a program class only when class statements are its only bindings (program_class_name)
# ok_02 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          writes into sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: a class whose base NAME is also the name of a later (or nested,
#   never-run) class statement.  `B = collections.ChainMap; class K(B): pass;
#   class B: pass`: when `class K(B)` runs, B is still ChainMap, so K is a
#   ChainMap subclass and K(sys.argv)[...] = v writes sys.argv (round 30a
#   ok_04's write-through: ChainMap.__setitem__ writes maps[0]).
#
# Why the checker missed it: analyzer/stores.c program_bases_at() (and
#   wraps_arguments(), base_bodies()) decide that a base identifier is "a class
#   of the program" by in_names(s->classnames, ...) -- any class statement of
#   that NAME anywhere, in any scope, at any point of the program -- without
#   asking whether that class statement is the name's only binding (no
#   wk_take_census / wk_import_only check as named_class_base() does).  So
#   program_bases(K) is true and call_mask0_as(CK_CLASS) answers 0: K(sys.argv)
#   is "a new instance holding nothing of its arguments", and the item store on
#   cm is a store into the program's own object.  wraps_arguments() likewise
#   follows B into the program class (no bases) and answers false.
#   Variants, all accepted and verified: `from collections import ChainMap as
#   B` instead of the assignment; the decoy `class B` nested in a def that is
#   never called (it must not be returned: rule unbound); a namedtuple made
#   with defaults=[[]] bound to B (round 30a ok_03's shared default).
#   Fix: a base name is the program's class only when its census is one class
#   statement and nothing else (c.classdefs == 1 && c.other == 0), as
#   named_class_base() already asks; and in the same scope.
import collections
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest

B = collections.ChainMap


class K(B):
    pass


class B:
    pass


cm = K(sys.argv)
cm[slice(1, 1)] = ["logging.os.environ"]
print("sys.argv now:", sys.argv)
unittest.main(exit=False)
