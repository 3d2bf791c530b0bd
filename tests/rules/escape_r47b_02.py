# expect: reject store
# line: 28
# why: round 47b ok_02: a duck-named property (get) answering a module-level def, which the library calls with what the program handed it; then every function used as a value takes that pool (accepted by the session's starting checker too)
# ok_02 — goal 1: prints os.environ (in unittest's TypeError). Run: /usr/bin/python3 ok_02.py
# mechanism: Row's duck-named attribute `get` is a @property whose getter returns a
#   module-level def f(k, d). csv.DictWriter(restval=sys.argv).writerow(r) does
#   `r.get(key, self.restval)`: reading r.get runs the getter (no argument), and the
#   function it hands back is then called with (key, sys.argv). f appends
#   'logging.os.environ' to sys.argv; unittest.main() walks that name from __main__.
#   The Row instance is handed to the library openly: no instance trick is needed.
# why missed: analyzer/stores.c duck_method_events() skips a def for which
#   property_def(w, fn) holds ("a property's getter takes no argument"), but the VALUE
#   of the property is what the library calls with its arguments. And f itself is an
#   ordinary module-level def whose only use is `return f` inside the getter: no rule
#   counts "returned from a duck-named property" as handing f to library code, so its
#   parameter d takes no HANDED pool and `d.append` is judged a write to a fresh value.
import csv
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ["a"], restval=sys.argv, extrasaction="ignore")


def f(k, d):
    d.append("logging.os.environ")
    return ""


class Row:
    @property
    def get(self):
        return f


r = Row()
w.writerow(r)
logging.info("x")
unittest.main(exit=False)
