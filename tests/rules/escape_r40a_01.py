# expect: reject store
# line: 44
# why: round 40a ok_01: Logger.getEffectiveLevel answers the first true .level up the .parent chain, and the program set a parent of its own whose level is sys.argv: its value is a read of the attribute level (getter_attr_mask)
# ok_01 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, the list the
#          sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: logging.Logger.getEffectiveLevel() walks the parent chain
#   (`logger = self; while logger: if logger.level: return logger.level;
#   logger = logger.parent`) and hands back the first truthy `.level` it finds.
#   The program sets a library Logger's `parent` to an instance of its OWN class
#   whose `level` attribute is sys.argv (a class-body binding here; `self.level = v`
#   in __init__ with P(sys.argv) works the same). getEffectiveLevel() returns
#   sys.argv itself.
#   Also accepted and working: a program subclass `class L(logging.Logger)` whose
#   __init__ calls super().__init__("x") and sets self.parent = p, then
#   L(P(sys.argv)).getEffectiveLevel().
#
# Why the checker missed it (analyzer/stores.c):
#   * data_method() lists "getEffectiveLevel" as a method answering plain data on
#     any library object, so builds_new() takes its result for a new value and the
#     receiver's parts are not handed back at level 0;
#   * the store `lg.parent = P()` goes through give_judged(): the receiver is
#     library-made, but the value P() is a program instance whose *attribute*
#     `level` holds sys.argv -- vm (mask of the value at level 0, M_ALL) does not see
#     a module value in a fresh program instance (its attributes are keys, not
#     levels), so `given` is false and the store is accepted.
#   The round-38 "library state read back at any depth" fix judges what is stored
#   INTO the library object, but not an object of the program the library then
#   reads attributes from (duck-typed traversal: parent.level).
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class P:
    level = sys.argv
    parent = None


lg = logging.Logger("x")
lg.parent = P()
names = lg.getEffectiveLevel()
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)  # the loader's TypeError message prints os.environ
