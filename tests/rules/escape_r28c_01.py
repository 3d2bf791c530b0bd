# expect: reject store
# line: 41
# why: the red team's round 28c ok_01: addLevelName(77, Key([sys.argv])) keeps a hashable key in logging's name table and getLevelNamesMapping() hands it back; the keeper audit's marker is now a hashable object too, and that getter is shared
# ok_01 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever, through logging's level registry once more.
#
# Mechanism: round 28a's keeper channel, by the getter the audit cannot see.
#   logging.addLevelName(77, key) stores key in logging._nameToLevel; key is a
#   tuple subclass with its own __hash__, so it may hold the unhashable sys.argv.
#   logging.getLevelNamesMapping() (module-allow in facades.txt) returns a copy
#   of _nameToLevel: its keys include the very key object, and key[0] is the
#   real sys.argv.  Appending "logging.os.environ" makes unittest.main(exit=False)
#   resolve that dotted name from __main__ and print os.environ in its TypeError.
#
# Why the checker missed it: analyzer/stores.c shared_call() marks as shared only
#   the getter pairs tests/checker/keeper_audit.py found (logging.getLevelName,
#   random.getstate).  The audit passes its marker *bare* (a list subclass), so
#   every keeper whose state is a dict KEY (or a set member) raises TypeError
#   (unhashable) before storing, and the pair addLevelName/getLevelNamesMapping
#   is never found.  getLevelNamesMapping() has no tainted argument, so its
#   result (and what iterating it yields) counts as a new value, and
#   name[0].append(...) is a store into the program's own list.
#   Audit fix: also pass the marker wrapped in a hashable holder (a tuple
#   subclass with __hash__, a frozen object with the marker as attribute), and
#   search results by identity through tuples' elements and instance dicts.
import logging
import sys
import unittest


class Key(tuple):
    def __hash__(self):
        return 7


logging.addLevelName(77, Key([sys.argv]))
for name in logging.getLevelNamesMapping():
    if isinstance(name, Key):
        print("getLevelNamesMapping() key holds sys.argv:", name[0] is sys.argv)
        name[0].append("logging.os.environ")
unittest.main(exit=False)
