# expect: reject store
# why: the red team's round 23l ok_20: threading.Thread(target=fs[0], args=(sys.argv,)).run() calls f(sys.argv) (also
# line: 19
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_20.py (environ in the TypeError).
# mechanism: threading.Thread(target=fs[0], args=(sys.argv,)).run() calls f(sys.argv) (also
#   functools.partial(fs[0], sys.argv)() is accepted and works).
# rule slipped: store, same hole as ok_16: Thread is a known caller (args_only_caller) and its
#   target is an item, not a lambda or a def's name, so args= is mapped into nothing.
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
threading.Thread(target=fs[0], args=(sys.argv,)).run()
unittest.main(exit=False)
