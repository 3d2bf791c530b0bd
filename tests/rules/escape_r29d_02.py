# expect: reject store
# line: 54
# why: round 29d ok_02: calendar.setfirstweekday keeps a tuple subclass that passes its range check, and firstweekday() is 'x % 7', which the subclass answers with itself: firstweekday is a kept-state getter (shared_call), found by the keeper audit's int-subclass marker
# ok_02 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: module state laundering through calendar's shared TextCalendar
#   `calendar.c`.  calendar.setfirstweekday(x) only checks
#   `MONDAY <= x <= SUNDAY` (two comparisons a tuple subclass answers with
#   __ge__/__le__ returning True) and stores x AS IS (c.firstweekday = x ->
#   c._firstweekday = x).  calendar.firstweekday() (= c.getfirstweekday)
#   returns `self._firstweekday % 7`, and the subclass's __mod__ returns self.
#   So a Day([sys.argv]) put in by one call comes back from ANOTHER module
#   function with no argument: calendar.firstweekday()[0] IS sys.argv.  The
#   program appends "logging.os.environ" (and restores a real weekday), and
#   unittest.main(exit=False) resolves that dotted name from __main__ and
#   prints os.environ in its TypeError.
#
# Why the checker missed it: analyzer/stores.c shared_call() hand-lists the
#   getters of module state another call kept ("the pairs
#   tests/checker/keeper_audit.py finds": logging.getLevelName /
#   getLevelNamesMapping, random.getstate) and takes every other library call
#   at level 0 for a new container holding its arguments' parts:
#   calendar.firstweekday() has no arguments, so its items are new.  The
#   keeper audit probes setters with a list marker and a hashable marker;
#   setfirstweekday refuses both (`0 <= marker` raises TypeError), so the pair
#   setfirstweekday -> firstweekday is never found: a setter that VALIDATES its
#   argument by comparison only accepts a program object the audit never
#   hands it.  The __mod__ hook runs inside library code, so no operator of
#   the program's text binds its result (OP_RETURNS is read only where the
#   program's own operator expression is bound).
#   Control: `(Day([sys.argv]) % 7)[0].append(...)` is refused (rule store).
import calendar
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class Day(tuple):
    def __le__(self, other):
        return True

    def __ge__(self, other):
        return True

    def __mod__(self, other):
        return self


calendar.setfirstweekday(Day([sys.argv]))
names = calendar.firstweekday()[0]
print("calendar.firstweekday()[0] is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
calendar.setfirstweekday(calendar.MONDAY)
unittest.main(exit=False)
