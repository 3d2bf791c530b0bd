# expect: reject store
# line: 56
# why: the red team's round 25f ok_07 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__.
# mechanism: 25e ok_06 (difflib slicing a ChainMap subclass with maps = [], whose
#   __getitem__ hands every key to __missing__, which raises LookupError(slice)) with the base
#   imported TWICE under one name: `from collections import OrderedDict` and then
#   `from collections import ChainMap as OrderedDict`. At run time the later import wins: the
#   base `OrderedDict` is collections.ChainMap.
# rule slipped: store via slices.c dict_class (round 25e's fix of 25e ok_06): the imported
#   branch asks wk_bound_value(w, name) -- ONE import binding (the first, collections.OrderedDict:
#   module "collections", attr == name -> "imported") -- and checks only c.classdefs of the
#   census, never c.other (two import bindings here) nor that every binding is that same
#   import (wk_import_only / sole_import would answer no: "none of another kind or an alias").
#   So __missing__ is judged harmless ("a dict's subclass hashes the key first"), no maker word
#   -> "no slice objects"; key_of_root counts box[s] as a level, box[0][0] is clean.
#   (An assignment `OrderedDict = ChainMap` instead is refused, by class_value_use's SF_FIRST
#   gate, not by dict_class.)
# family: "a library object recognised by one of its name's bindings, not by what the read
#   reaches" (25e ok_06, this round's ok_06 for mutating functions). Principle: dict_class must
#   use wk_import_only (every binding of the name the same import, attr == name, module
#   collections), not wk_bound_value; more generally every by-name proof must require the
#   name's sole binding.
import difflib
import logging
import sys
import unittest
from collections import OrderedDict
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
