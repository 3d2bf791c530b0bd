# expect: reject store
# line: 28
# why: round 46a ok_01: a method returning self.me() (me returns self) handed the instance back through no literal return self; a call through a handing method on self is the instance, judged as a holder's is (against session 28's builders)
# goal: 1 (prints os.environ, inside unittest's TypeError). Run: /usr/bin/python3 ok_01.py
# mechanism: Row.wrap returns `self.me()` (me returns self), so Row().wrap() IS the instance;
#   it is handed to csv.DictWriter(restval=sys.argv).writerow, which calls row.get(key, restval)
#   by name; Row.get appends 'logging.os.environ' to sys.argv; unittest.main() resolves that name
#   from __main__ and prints environ in its "don't know how to make test from" TypeError.
# why missed: analyzer/instances.c instance_kept/hands_receiver_back: a call through a method
#   is "the instance again" only when the method's name is in returners_found, which lists only
#   defs whose return value is literally the identifier `self`. `return self.me()` (self as an
#   attribute object, so scan() of the method body is happy) returns the receiver too, but wrap is
#   not a returner, so `Row().wrap()` counts as kept and Row.get takes no HANDED pool.
import csv
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ["a"], restval=sys.argv, extrasaction="ignore")

class Row:
    def keys(self):
        return []

    def get(self, k, d):
        d.append("logging.os.environ")
        return ""

    def me(self):
        return self

    def wrap(self):
        return self.me()
w.writerow(Row().wrap())
unittest.main(exit=False)
