# expect: reject store
# line: 50
# why: the red team's round 25e ok_06 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__.
# mechanism: 25d ok_01 (difflib slicing a ChainMap subclass with maps = [], whose __getitem__ hands
#   EVERY key to __missing__, which raises LookupError(slice)) with ChainMap imported UNDER A DICT
#   CLASS'S NAME: `from collections import ChainMap as OrderedDict`; `class R(OrderedDict)`.
#   Member (accepted, working): `as Counter` (members/m_Counter.py). (`as defaultdict` is
#   refused by the memory rule's defaultdict-factory check.)
# rule slipped: store via slices.c dict_class (round 25d): a __missing__ is judged harmless when
#   every base is named dict/defaultdict/OrderedDict/Counter and, for an identifier, is "the
#   library's class by its import (no class of the program's so named)" -- wk_bound_value says
#   the name is bound by an import, but never WHICH module attribute the import binds: the alias
#   makes the "OrderedDict" base collections.ChainMap, which does not hash the key first. So
#   dunders_keep_none passes __missing__, no maker word ("ChainMap" is none) -> no slice objects;
#   key_of_root counts box[s] as a level, box[0][0] is clean.
# family: "a library class recognised by its local NAME, not by what the name is bound to"
#   (same as 25d ok_09's container_class by spelling). Principle: resolve an imported base to
#   (module, attribute) (wk_import_only / binding->module, binding->attr) and compare THAT with
#   collections.OrderedDict/Counter/defaultdict; an alias or any other binding fails.
import difflib
import logging
import sys
import unittest
from collections import ChainMap as OrderedDict


class R(OrderedDict):
    def __init__(self):
        self.maps = []

    def __len__(self):
        return 1

    def __missing__(self, k):
        if isinstance(k, int):
            return "x"
        raise LookupError(k)


s = None
try:
    for line in difflib.unified_diff(R(), ["y"]):
        pass
except LookupError as e:
    s = e.args[0]
print(s)
box = [[]]
box[s][0].append(sys.argv)
box[0][0].append("logging.os.environ")
unittest.main(exit=False)
