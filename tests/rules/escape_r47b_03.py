# expect: reject store
# line: 34
# why: round 47b ok_03: `cls.send = helper` in a classmethod gave every instance a method no body scan saw; a store through a class receiver is the instance's escape (accepted by the session's starting checker too)
# ok_03 — goal 1: prints os.environ (in unittest's TypeError). Run: /usr/bin/python3 ok_03.py
# mechanism: a @classmethod stores a module-level def on the class through its first
#   parameter, `cls.send = helper`; the plain function becomes a method, so r.send()
#   is helper(r), and helper hands r to csv.DictWriter(restval=sys.argv).writerow, which
#   calls r.get(key, sys.argv) by name. Row.get appends 'logging.os.environ' to sys.argv;
#   unittest.main() walks it from __main__ and prints environ in its TypeError.
# why missed: analyzer/instances.c scan_class/scan judge a classmethod's `cls` as if it
#   were `self`: `cls.send = helper` is "an attribute's object" and instance_kept() asks
#   only whether `send` hands the receiver back (not called here) -> kept. Round 46a ok_02
#   (`Base.send = lambda s: ...`) was closed only for the class NAME and base names
#   (class_name_use); the class object reached as `cls` is the same object and an
#   attribute STORE on it gives every instance a method no body scan sees. helper's
#   first parameter is not a method's receiver, so `w.writerow(s)` is never judged as
#   the instance's use; `r.send()` is an expression statement (kept).
import csv
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ["a"], restval=sys.argv, extrasaction="ignore")


def helper(s):
    w.writerow(s)


class Row:
    def get(self, k, d):
        d.append("logging.os.environ")
        return ""

    @classmethod
    def setup(cls):
        cls.send = helper


r = Row()
r.setup()
r.send()
logging.info("x")
unittest.main(exit=False)
