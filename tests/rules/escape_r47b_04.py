# expect: reject store
# line: 35
# why: round 47b ok_04: a __getattr__ answering 'send' with self; only non-dunder methods may return self (against session 28's builders)
# ok_04 — goal 1: prints os.environ (in unittest's TypeError). Run: /usr/bin/python3 ok_04.py
# mechanism: Row.__getattr__ (in the shape hooks.c asks for: `_` names refused, each
#   answered name listed) answers the name "send" with `self`. So the attribute read
#   `r.send` IS the instance; it is handed to csv.DictWriter(restval=sys.argv).writerow,
#   which calls r.get(key, sys.argv) by name. Row.get appends 'logging.os.environ' to
#   sys.argv; unittest.main() walks it from __main__ and prints environ.
# why missed: analyzer/instances.c instance_kept()/hands_receiver_back(): a read through
#   the holder `r.send` hands the instance back only when a def NAMED `send` returns its
#   first parameter (returners_found lists defs by their own name). Here the returning def
#   is __getattr__, which answers any name not found by the ordinary lookup; its name is
#   in returners (it returns self), but `send` is not, so `w.writerow(r.send)` is "an
#   attribute's object: kept", Row never escapes and Row.get takes nothing HANDED.
import csv
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ["a"], restval=sys.argv, extrasaction="ignore")


class Row:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name == "send":
            return self
        raise AttributeError(name)

    def get(self, k, d):
        d.append("logging.os.environ")
        return ""


r = Row()
w.writerow(r.send)
logging.info("x")
unittest.main(exit=False)
