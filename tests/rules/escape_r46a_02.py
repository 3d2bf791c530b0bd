# expect: reject store
# line: 29
# why: round 46a ok_02: Base.send = lambda s: w.writerow(s) on a program base gave Row a method no body scan saw; a base's name is judged as the class's own, but as a base (accepted by the session's starting checker too)
# goal: 1 (prints os.environ, inside unittest's TypeError). Run: /usr/bin/python3 ok_02.py
# mechanism: Row's program base Base gets `Base.send = lambda s: w.writerow(s)` after the class
#   statement; r.send() hands the Row instance to csv.DictWriter(restval=sys.argv).writerow, which
#   calls r.get(key, sys.argv) by name; Row.get appends 'logging.os.environ' to sys.argv and
#   unittest.main() prints environ in its TypeError.
# why missed: analyzer/instances.c scan_class follows a program base (census: one class statement,
#   no other binding) and scans its BODY only; the uses of the base's NAME (Base.send = ..., an
#   attribute store on the class object) are never judged as the class's own name is
#   (class_name_use only runs for sc->cls). And r.send() passes hands_receiver_back as "may hand
#   the instance back" and is then dropped as an expression statement (kept).
import csv
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ["a"], restval=sys.argv, extrasaction="ignore")

class Base:
    def keys(self):
        return []

class Row(Base):
    def get(self, k, d):
        d.append("logging.os.environ")
        return ""

Base.send = lambda s: w.writerow(s)
r = Row()
r.send()
unittest.main(exit=False)
