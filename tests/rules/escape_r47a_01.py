# expect: reject store
# line: 29
# why: round 47a ok_01: a __getattr__ in the accepted shape answering a name with self handed the instance out by a plain read; only non-dunder methods may return self (against session 28's builders)
# goal: 1 — prints os.environ. Run: /usr/bin/python3 ok_01.py (environ in the TypeError unittest raises).
# mechanism: Row.__getattr__ answers the listed name "foo" with self, so `r.foo` IS the instance.
#   w.writerow(r.foo) hands it to csv.DictWriter.writerow, which calls row.get(key, restval=sys.argv);
#   Row.get appends 'logging.os.environ' to sys.argv; unittest.main() walks that name from __main__
#   and prints os.environ in "don't know how to make test from: ...".
# why missed: analyzer/instances.c instance_kept/hands_receiver_back: an attribute read through the
#   instance hands it back only when a def NAMED like the attribute returns its first parameter
#   (returners_found). `foo` is no def's name; __getattr__ (a returner) answers it. Read uncalled, the
#   attribute is judged "kept". The dunder rule's __getattr__ form (startswith guard + listed names)
#   accepts `return self` for a listed name.
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

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name == "foo":
            return self
        raise AttributeError(name)


r = Row()
w.writerow(r.foo)
unittest.main(exit=False)
