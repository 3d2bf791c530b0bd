# expect: reject store
# line: 37
# why: round 46b ok_02: functools.total_ordering's __le__ answers what __lt__ returned (self), called by name on a holder; an explicit dunder call through an instance is its escape, and total_ordering is no decorator that holds no instance (against session 28's allowances)
# ok_02 — goal 1: prints os.environ (in unittest's TypeError). Run: /usr/bin/python3 ok_02.py
# mechanism: @functools.total_ordering fills in __le__ as _le_from_lt:
#   `op_result = type(self).__lt__(self, other); return op_result or self == other`.
#   Row.__lt__ returns self (allowed: a builder's `return self`, and pure for the
#   comparison rule), so r.__le__(0) hands back the instance itself under a method name
#   no def of the program binds. s = r.__le__(0) is then given to csv's
#   DictWriter.writerow, which calls s.get(key, restval=sys.argv) by name.
# why missed: analyzer/instances.c hands_receiver_back() asks only whether a *def of the
#   program* named like the called method returns its first parameter (returners_found)
#   or whether the program gives that attribute otherwise (wk_only_defs_give_attribute);
#   it does not know that total_ordering (accepted by instance_free_decorators) adds
#   __le__/__ge__/__gt__ whose return is another method's return. So `s = r.__le__(0)`
#   is "kept" (s is no holder), Row never escapes, Row.get takes nothing HANDED.
import csv
import functools
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ["a"], restval=sys.argv, extrasaction="ignore")


@functools.total_ordering
class Row:
    def __lt__(self, other):
        return self

    def keys(self):
        return []

    def get(self, k, d):
        d.append("logging.os.environ")
        return ""


r = Row()
s = r.__le__(0)
w.writerow(s)
logging.info("x")
unittest.main(exit=False)
