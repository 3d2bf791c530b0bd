# expect: reject store
# line: 33
# why: round 46b ok_03: a rebound staticmethod (functools.partial(property, w.writerow)) as a method's decorator; staticmethod, classmethod and property count only as the builtins the program never binds (accepted by the session's starting checker too)
# ok_03 — goal 1: prints os.environ (in unittest's TypeError). Run: /usr/bin/python3 ok_03.py
# mechanism: the builtin name `staticmethod` is rebound at module level to
#   functools.partial(property, w.writerow) (w = csv.DictWriter(restval=sys.argv)), so
#   `@staticmethod def send(self, v)` in Row's body makes a property whose fget is
#   w.writerow. Reading r.send calls w.writerow(r) -> r.get(key, sys.argv) by name;
#   Row.get appends 'logging.os.environ' to sys.argv; unittest.main() walks it.
# why missed: same function as ok_01 but a different hole: analyzer/instances.c
#   plain_decorators() compares an identifier decorator's text with
#   staticmethod/classmethod/property and never asks wk_builtin_unbound() (which
#   reading_builtin_arg does ask): a program binding of those names is trusted as the
#   builtin. wk_instances_escape says no Row reaches the library; Row.get takes nothing
#   HANDED.
import csv
import functools
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ["a"], restval=sys.argv, extrasaction="ignore")
staticmethod = functools.partial(property, w.writerow)


class Row:
    def keys(self):
        return []

    def get(self, k, d):
        d.append("logging.os.environ")
        return ""

    @staticmethod
    def send(self, v):
        pass


r = Row()
r.send
logging.info("x")
unittest.main(exit=False)
