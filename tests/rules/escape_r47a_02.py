# expect: reject store
# line: 31
# why: round 47a ok_02: a class-body annotation `_: (me := lambda s, *a: s)` bound a class attribute no body scan saw; an annotation counts as inert only as plain type text (against session 28's annotated class attributes)
# goal: 1 — prints os.environ. Run: /usr/bin/python3 ok_02.py (environ in the TypeError unittest raises).
# mechanism: a class-body annotation is evaluated at class creation; `_: (me := lambda s, *a: s)`
#   binds the class attribute `me` (a walrus in a class body binds in the class namespace) to a lambda
#   handing its receiver back. r.me read uncalled is a bound method returning r; map(r.me, [0]) feeds r
#   to csv.DictWriter.writerows -> writerow(r) -> r.get(key, restval=sys.argv) appends
#   'logging.os.environ' to sys.argv; unittest.main() walks that name and prints os.environ.
# why missed: analyzer/instances.c inert_field accepts a body statement `x: T` with no value whatever
#   T is (only `x: T = v` has v judged), so scan_class never sees the non-def binding of `me`;
#   hands_receiver_back(me, called=false) consults only returners_found (defs returning their first
#   parameter), so the uncalled read `r.me` is judged "kept" (holder_use -> instance_kept).
import csv
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ["a"], restval=sys.argv, extrasaction="ignore")


class Row:
    _: (me := lambda s, *a: s)

    def keys(self):
        return []

    def get(self, k, d):
        d.append("logging.os.environ")
        return ""


r = Row()
w.writerows(map(r.me, [0]))
unittest.main(exit=False)
