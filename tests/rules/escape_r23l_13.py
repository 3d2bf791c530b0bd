# expect: reject store
# why: the red team's round 23l ok_13: class W(csv.DictWriter): pass; w = W(..., restval=sys.argv); w.writerow(Row()) ->
# line: 31
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_13.py (environ in the TypeError).
# mechanism: class W(csv.DictWriter): pass; w = W(..., restval=sys.argv); w.writerow(Row()) ->
#   DictWriter.writerow calls Row().get(key, restval) = Row.get("a", sys.argv); Row.get appends
#   "logging.os.environ"; unittest.main() resolves __main__.logging.os.environ -> TypeError.
# rule slipped: store (rules/README.md sec.4 point (3): "every argument of a call that may call
#   such methods (may_call_methods: a module's callable, a method ...) goes to one pool (HANDED)").
#   may_call_methods (analyzer/stores.c) answers false for every call whose callee is a bare
#   identifier other than a from-import ("return k != w->sym->identifier"): builtins and the
#   program's own classes. But W is the program's EMPTY subclass of csv.DictWriter: W(...) runs the
#   library's __init__, which keeps restval=sys.argv, exactly as csv.DictWriter(...) would; the
#   call is never judged as handing sys.argv to library code. Row escapes (it is handed to
#   writerow), and Row.get is a library-duck name, but the HANDED pool has no sys.argv in it, so
#   d.append is judged a store into nothing from a module. (csv.DictWriter(restval=sys.argv)
#   written directly is refused: round 23h/23j.)
import csv
import io
import logging
import sys
import unittest


class W(csv.DictWriter):
    pass


class Row:
    def get(self, k, d):
        d.append('logging.os.environ')
        return ''


w = W(io.StringIO(), ['a'], restval=sys.argv, extrasaction='ignore')
w.writerow(Row())
unittest.main(exit=False)
