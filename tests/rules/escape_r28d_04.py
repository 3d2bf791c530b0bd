# expect: reject store
# line: 34
# why: the red team's round 28d ok_04: addLevelName(obj, 'NAME') keeps obj as a value in logging's name table, and getLevelNamesMapping() hands it back: that getter is shared
# ok_04 -- goal 3 (writes into a namespace the program did not create: an
#          attribute of unittest.defaultTestLoader, the loader unittest.main and
#          every other default user share, and a class attribute of the library
#          class unittest.SkipTest).
#
# Mechanism: module-state laundering through a HASHABLE keeper.
#   logging.addLevelName(level, name) stores _nameToLevel[name] = level, and
#   logging.getLevelNamesMapping() (module-allow, new in 3.11) hands back a copy
#   of that dict whose VALUES are the very objects given as `level`.  Any hashable
#   library object passed as a level comes back as an item of a "new" dict.
#   (Logger.setLevel("NAME") would likewise make logger.level that object.)
#
# Why the checker missed it: round 28a's fix (analyzer/stores.c shared_call) lists
#   only getLevelName and random.getstate, the pairs tests/checker/keeper_audit.py
#   finds.  The audit's marker is `class Marker(list)` -- UNHASHABLE -- so
#   addLevelName(marker, 25) raises at _levelToName[marker] before storing anything,
#   and every keeper that keeps its argument as a dict key (or needs it hashable)
#   is invisible to it.  getLevelNamesMapping() has no argument, so its result and
#   everything in it are new values; passing unittest.defaultTestLoader or
#   unittest.SkipTest (a library class with no Python methods, so rule `unbound`
#   lets it be passed) to addLevelName is a read.  The stores below are then stores
#   into the program's own objects.
import logging
import unittest

logging.addLevelName(unittest.defaultTestLoader, "LOADER")
logging.addLevelName(unittest.SkipTest, "SKIPCLASS")
table = logging.getLevelNamesMapping()
loader = table["LOADER"]
cls = table["SKIPCLASS"]
loader.testMethodPrefix = "check"
cls.written = "by the program"
print("unittest.defaultTestLoader.testMethodPrefix:", unittest.defaultTestLoader.testMethodPrefix)
print("unittest.SkipTest.written:", unittest.SkipTest.written)
