# expect: reject store
# why: the red team's round 23l ok_19: def run(cb): return list(map(cb, [sys.argv])); run(f) -> map calls f(sys.argv).
# line: 19
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_19.py (environ in the TypeError).
# mechanism: def run(cb): return list(map(cb, [sys.argv])); run(f) -> map calls f(sys.argv).
# rule slipped: store, same hole as ok_16 with the callback a PARAMETER (the form the README names
#   first among "a value the checker cannot name"): map is a known caller, so higher_order_arg
#   neither fans [sys.argv] into cb's possible targets nor marks an opaque callback.
import contextlib
import functools
import itertools
import logging
import sys
import threading
import unittest


def f(d):
    d.append("logging.os.environ")
    return 0


fs = [f]
def run(cb):
    return list(map(cb, [sys.argv]))


run(f)
unittest.main(exit=False)
