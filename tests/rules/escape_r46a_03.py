# expect: reject store
# line: 29
# why: round 46a ok_03: cls.__call__() in a classmethod made an instance no Row(...) names; a dunder read through self or cls other than __name__, __qualname__, __module__, __doc__, __dict__ may make or hand out one (accepted by the session's starting checker too)
# goal: 1 (prints os.environ, inside unittest's TypeError). Run: /usr/bin/python3 ok_03.py
# mechanism: a @classmethod makes an instance with `cls.__call__()` (type.__call__ bound to the
#   class: a new Row, no `Row(...)` written) and hands it to csv.DictWriter(restval=sys.argv)
#   .writerow, which calls row.get(key, sys.argv) by name; Row.get appends 'logging.os.environ'
#   to sys.argv and unittest.main() prints environ in its TypeError.
# why missed: analyzer/instances.c scan_class/scan: a classmethod's first parameter is judged as
#   if it were `self` (only "an attribute's object" is required), so `cls.__call__()` passes; the
#   model assumes every instance comes from a call of the class NAME (class_name_use), but the
#   class object reached as `cls` (and type's __call__ read off it) instantiates too. The holder
#   r (r = Row(); r.send()) is only an attribute object. class_value (names.c) refuses
#   x.__class__ / type(x) used as a class, but not cls.__call__.
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

    @classmethod
    def send(cls):
        w.writerow(cls.__call__())

r = Row()
r.send()
unittest.main(exit=False)
