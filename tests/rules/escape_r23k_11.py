# expect: reject store
# why: the red team's round 23k ok_11: class C: r = Row() -- an instance held as a class attribute; w.writerow(getattr(C, 'r'))
# line: 31
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_11.py (environ in the TypeError).
# mechanism: class C: r = Row() -- an instance held as a class attribute; w.writerow(getattr(C, 'r'))
#   hands it to csv.DictWriter(restval=sys.argv), whose writerow calls Row.get(key, restval):
#   Row.get appends 'logging.os.environ' to sys.argv; unittest.main() resolves it from __main__.
# rule slipped: store (HANDED pool, rules/README.md sec.4 point (3)). wk_instances_escape
#   (analyzer/instances.c) proves "no instance of Row reaches the library", so Row.get (a
#   library-duck name) does not take the HANDED pool (csv restval=sys.argv). Row is only called
#   as the whole right side of `r = Row()` (call_holder -> holder "r"), and the identifier r is
#   never used otherwise (holder_use). But that binding is in a CLASS BODY: it binds the class
#   attribute C.r, which the program reads with getattr(C, "r") (a guarded builtin with a literal
#   name, allowed) -- no identifier r and no Row appear, so the scan sees no use at all. (C.r as an
#   attribute is refused: the attribute name node is an identifier r, counted as a holder use.)
import csv
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ['a'], restval=sys.argv, extrasaction='ignore')


class Row:
    def keys(self):
        return []

    def get(self, k, d):
        d.append('logging.os.environ')
        return ''


class C:
    r = Row()


w.writerow(getattr(C, "r"))
unittest.main(exit=False)
