# expect: reject store
# line: 39
# why: the red team's round 28a ok_01: logging.addLevelName(99, sys.argv) keeps the list in logging's level table (before its TypeError) and getLevelName(99) hands it back, which the store rule took for a new value: getters of state another call kept are shared (tests/checker/keeper_audit.py)
# ok_01 -- goal 1 (prints os.environ, every variable), through the sys.argv /
#          unittest.main lever; on the way goal 3 (the program writes into sys.argv,
#          a list the sys module holds, which the store rule keeps read-only).
#
# Mechanism: logging's level-name registry is a channel that launders a module's
#   object into a "fresh" value.  logging.addLevelName(level, levelName) does
#       _levelToName[level] = levelName      # keeps the object itself
#       _nameToLevel[levelName] = level      # TypeError: a list is unhashable
#   (the first store has happened when the second raises), and
#   logging.getLevelName(level) hands back _levelToName[level] -- the very list
#   sys.argv.  x.append(...) then writes into sys.argv; unittest.main(exit=False)
#   (argv= not given, so TestProgram reads sys.argv) resolves the dotted name
#   "logging.os.environ" from __main__ with getattr and raises
#       TypeError: don't know how to make test from: environ({...})
#   printing the whole environment.
#
# Why the checker missed it: rule `store` (analyzer/stores.c) follows a module's
#   value through every flow the PROGRAM writes (names, containers, attributes,
#   returns, a library object's methods: q.put(v); q.get() is refused because the
#   argument taints the receiver), but a module-level library FUNCTION's result
#   is judged by the call alone: getLevelName(99), with literal arguments, is a
#   new value.  Nothing models a module-level registry whose setter keeps the
#   object and whose getter returns it (addLevelName is module-allow in
#   facades.txt and "reads" its argument).  Passing sys.argv to a library call is
#   a read, so addLevelName(99, sys.argv) is accepted too.
import logging
import sys
import unittest

try:
    logging.addLevelName(99, sys.argv)
except TypeError:
    pass
names = logging.getLevelName(99)
print("getLevelName(99) is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
