# expect: reject store
# why: the red team's round 23l ok_01: class Outer: class Row: def get(self, k, d) -- a class nested in a class body;
# line: 31
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_01.py (environ in the TypeError).
# mechanism: class Outer: class Row: def get(self, k, d) -- a class nested in a class body;
#   w.writerow(getattr(Outer, "Row")()) hands an instance to csv.DictWriter(restval=sys.argv),
#   whose writerow calls row.get(key, restval): Row.get appends "logging.os.environ" to
#   sys.argv; unittest.main() resolves __main__.logging.os.environ -> TypeError prints it.
# rule slipped: store (HANDED pool, rules/README.md sec.4 point (3)). wk_instances_escape
#   (analyzer/instances.c) judges "no instance of Row reaches the library", so Row.get (a
#   library-duck name) never takes the HANDED pool (csv restval=sys.argv). It scans every
#   identifier spelled Row: the only one is the class statement's own name, so no use at all
#   is seen; scan_class(Row) sees no base, only a def. But Row is a class NESTED in a class body:
#   Outer binds the class attribute Outer.Row, which the program reads by getattr(Outer, "Row")
#   (a literal name, allowed) and calls -- no identifier Row appears. (Round 23k closed the same
#   hole for an INSTANCE bound in a class body, call_holder; not for the class itself. Outer
#   escapes, its body holds a class statement, but that judges Outer, not Row.)
import csv
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ['a'], restval=sys.argv, extrasaction='ignore')


class Outer:
    class Row:
        def get(self, k, d):
            d.append('logging.os.environ')
            return ''


w.writerow(getattr(Outer, 'Row')())
unittest.main(exit=False)
