# expect: reject store
# line: 38
# why: round 30a ok_04: an item store on an instance of a ChainMap subclass writes its first map, the argument (wraps_arguments)
# ok_04 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          writes into sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: a program subclass of a WRITE-THROUGH library class.
#   collections.ChainMap(*maps) keeps the maps THEMSELVES (self.maps = list(maps))
#   and its __setitem__ writes into the first one: self.maps[0][key] = value.
#   With C(collections.ChainMap) and C(sys.argv), the item store
#   `cm[slice(1, 1)] = [...]` is `sys.argv[1:1] = [...]`: a test name inserted
#   into the real sys.argv.
#
# Why the checker missed it: for a call of a class statement of the program,
#   analyzer/stores.c (call_mask0_as/call_mask_as, case CK_CLASS) models the new
#   instance as a NEW object holding its arguments' parts (one level down), and
#   an item store on `cm` is judged on cm's own level-0 mask: the program's new
#   object.  rules/library-classes.txt knows ChainMap is `library-holds` (keeps
#   an argument itself), and a direct `collections.ChainMap(sys.argv)[...] = v`
#   IS refused (control, rule store) -- but that audit result is only consulted
#   for the library class called by its own name, not for a program class
#   deriving from it, and nowhere is it modelled that the library class's
#   methods (__setitem__, __delitem__, pop, clear) write INTO the held argument.
#   (Other library-holds bases whose methods write into what they hold would
#   serve the same way; logging.LoggerAdapter is not an allowed name.)
import collections
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class C(collections.ChainMap):
    pass


cm = C(sys.argv)
cm[slice(1, 1)] = ["logging.os.environ"]
print("sys.argv now:", sys.argv[1:])
unittest.main(exit=False)
