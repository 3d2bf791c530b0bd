# expect: reject store
# why: the red team's round 23k ok_14: T = collections.namedtuple('T', 'get'); w.writerow(T(impl)) -> csv calls
# line: 27
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_14.py (environ in the TypeError).
# mechanism: T = collections.namedtuple('T', 'get'); w.writerow(T(impl)) -> csv calls
#   T(impl).get(key, restval) = impl('a', sys.argv); impl appends 'logging.os.environ'.
# rule slipped: store (rules/README.md sec.4, duck hooks bound to attributes). duck_binding /
#   duck_call_bindings (analyzer/stores.c) catch a function bound to an attribute named like a
#   library duck hook only as `o.get = impl`, a KEYWORD argument `K(get=impl)`, or setattr with a
#   literal name; a POSITIONAL argument that a generated constructor stores into a field named
#   `get` (a dataclass field, a namedtuple field) is not seen, so impl (a plain def, not a method:
#   duck_method_events never applies) is not made an opaque callback and its parameter d never
#   takes the HANDED pool (csv restval=sys.argv). csv.DictWriter.writerow(row) calls
#   row.get(key, restval) -> impl(key, sys.argv).
import collections
import csv
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ['a'], restval=sys.argv, extrasaction='ignore')


def impl(k, d):
    d.append('logging.os.environ')
    return ''


T = collections.namedtuple('T', 'get')
w.writerow(T(impl))
unittest.main(exit=False)
