# expect: reject store
# line: 38
# why: the red team's round 28d ok_01: addLevelName(99, sys.argv) made every record at level 99 carry sys.argv as levelname, and a duck-typed handler appended to it; a record now holds what addLevelName, Logger, LogRecord and getChild were given and whatever is stored under a record's attribute names
# ok_01 -- goal 1 (prints os.environ, every variable), through the sys.argv /
#          unittest.main lever; on the way goal 3 (the program appends to sys.argv,
#          a list the sys module holds).
#
# Mechanism: round 28a's module-state laundering (logging's level-name table keeps
#   what addLevelName is handed), read back by ANOTHER getter than the one fixed.
#   logging.addLevelName(99, sys.argv) stores _levelToName[99] = sys.argv before
#   the second store raises TypeError.  Every LogRecord made at level 99 then does
#   self.levelname = getLevelName(99) inside LogRecord.__init__: the record a
#   logger hands its handlers carries the real sys.argv as .levelname.  A
#   duck-typed handler (plain class, `level` and `handle`) appends a dotted name;
#   unittest.main(exit=False) resolves "logging.os.environ" from __main__ and
#   prints the environment in its TypeError ("don't know how to make test from").
#
# Why the checker missed it: round 28a's fix made logging.getLevelName (and
#   random.getstate) "shared" calls in analyzer/stores.c shared_call(); but the
#   record a logging hook receives (DUCK_HOOKS filter/handle/format/log ->
#   duck_hook_events -> record_params -> EV_RECORD) is modelled as "new: only what
#   it holds may be a module's", and what it holds is key_mask(LOGGED): the msg and
#   args the program passed to logger calls (logged_arg).  The record's
#   levelname comes from the module's level table, not from a logged argument,
#   so record.levelname.append(...) is a store into a "new" value.
#   tests/checker/keeper_audit.py only looks for module FUNCTIONS that return the
#   kept object; a library class's constructor that copies it into an attribute
#   (LogRecord.levelname) is outside the audit.
import logging
import sys
import unittest


class Grab:
    level = 0

    def handle(self, record):
        record.levelname.append("logging.os.environ")


try:
    logging.addLevelName(99, sys.argv)
except TypeError:
    pass
log = logging.getLogger("x")
log.addHandler(Grab())
log.log(99, "hello")
print("sys.argv now:", sys.argv)
unittest.main(exit=False)
