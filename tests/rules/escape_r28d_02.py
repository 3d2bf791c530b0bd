# expect: reject store
# line: 33
# why: the red team's round 28d ok_02: logging.Logger(sys.argv) keeps the list as its name, which every record it makes carries to the handler
# ok_02 -- goal 1 (prints os.environ) -- SAME HOOK AS ok_01 (the record a logging
#          hook is handed is modelled as holding only what was logged), kept
#          because the module's object reaches the record by a different road, with
#          no module state at all: a fix keyed on levelname / the level table
#          would miss it.
#
# Mechanism: logging.Logger(name) (module-allow logging Logger) keeps its name
#   argument as is -- here the real sys.argv -- and every record the logger makes
#   gets record.name = self.name.  The duck-typed handler appends a dotted name to
#   record.name, i.e. to sys.argv; unittest.main(exit=False) then resolves
#   "logging.os.environ" from __main__ and prints the environment in its
#   TypeError.
#
# Why the checker missed it: analyzer/stores.c duck_hook_events() ->
#   record_params() gives a filter/handle/format/log method's parameters
#   EV_RECORD, whose mask is key_mask(LOGGED) only: the msg/args/extra= values of
#   the program's logger calls (logged_arg).  What the LOGGER holds (its name, and
#   so record.name) is not part of that key, although a Logger built by the
#   program with sys.argv holds it.  (Logger(sys.argv) itself is a read of
#   sys.argv, accepted.)
import logging
import sys
import unittest


class Grab:
    level = 0

    def handle(self, record):
        record.name.append("logging.os.environ")


log = logging.Logger(sys.argv)
log.addHandler(Grab())
log.warning("hello")
print("sys.argv now:", sys.argv)
unittest.main(exit=False)
