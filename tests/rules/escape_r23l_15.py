# expect: reject store
# why: the red team's round 23l ok_15: W = csv.DictWriter (a library class bound to a plain name: allowed by rule unbound);
# line: 25
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_15.py (environ in the TypeError).
# mechanism: W = csv.DictWriter (a library class bound to a plain name: allowed by rule unbound);
#   w = W(..., restval=sys.argv); w.writerow(Row()) -> Row.get("a", sys.argv) appends
#   "logging.os.environ"; unittest.main() resolves __main__.logging.os.environ -> TypeError.
# rule slipped: store (rules/README.md sec.4 point (3)), as ok_13: may_call_methods answers false
#   for a bare-identifier callee unless module_callee resolves it, and a NAME BOUND TO a module's
#   class by assignment (the form rule unbound itself recommends) is not resolved as a module's
#   callable there, so W(..., restval=sys.argv) hands nothing to HANDED and Row.get's d stays
#   clean.
import csv
import io
import logging
import sys
import unittest


W = csv.DictWriter


class Row:
    def get(self, k, d):
        d.append('logging.os.environ')
        return ''


w = W(io.StringIO(), ['a'], restval=sys.argv, extrasaction='ignore')
w.writerow(Row())
unittest.main(exit=False)
