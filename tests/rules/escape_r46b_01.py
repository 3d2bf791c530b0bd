# expect: reject store
# line: 33
# why: round 46b ok_01: @prop.setter of a module-level prop = property(w.writerow) made a descriptor whose getter hands the instance to the library; .setter/.getter/.deleter only of a property a def earlier in the same body made (accepted by the session's starting checker too)
# ok_01 — goal 1: prints os.environ (in unittest's TypeError). Run: /usr/bin/python3 ok_01.py
# mechanism: a property built at module level around a library bound method,
#   prop = property(w.writerow), w = csv.DictWriter(restval=sys.argv). In Row's body,
#   `@prop.setter def send(self, v)` makes Row.send a property whose fget is still
#   w.writerow; reading r.send calls w.writerow(r), which calls r.get(key, sys.argv) by
#   name. Row.get appends 'logging.os.environ' to sys.argv and unittest.main() walks it.
# why missed: analyzer/instances.c plain_decorators() accepts a decorator by its last
#   name only ('setter'/'getter'/'deleter'/'property'/...), never asking what the object
#   before `.setter` is: a property of any fget (here a library duck-caller) is kept.
#   holder_use/instance_kept then take `r.send` (not called, 'send' no returner) for a
#   plain attribute read, so wk_instances_escape says Row's instances never reach the
#   library and Row.get (a library-duck name) takes nothing HANDED: the store rule
#   never sees sys.argv flow into d.
import csv
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ["a"], restval=sys.argv, extrasaction="ignore")
prop = property(w.writerow)


class Row:
    def keys(self):
        return []

    def get(self, k, d):
        d.append("logging.os.environ")
        return ""

    @prop.setter
    def send(self, v):
        pass


r = Row()
r.send
logging.info("x")
unittest.main(exit=False)
