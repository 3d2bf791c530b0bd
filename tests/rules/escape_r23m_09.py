# expect: reject store
# why: the red team's round 23m ok_09: threading.Timer(0, fs[0], [sys.argv]).run() calls f(sys.argv) (Timer's function is its
# line: 28
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_09.py (environ in the TypeError)
# mechanism: threading.Timer(0, fs[0], [sys.argv]).run() calls f(sys.argv) (Timer's function is its
#   SECOND positional parameter); f appends 'logging.os.environ' to sys.argv; unittest.main()
#   resolves __main__.logging.os.environ -> TypeError prints it.
# rule slipped: store (rules/README.md sec.4 point (7), round 23l's fix for ok_16..20:
#   fan_to_escaping). A callable the checker cannot name (fs[0], an item) handed to a caller of a
#   known kind (args_only_caller: no opaque_callback for it) hands that caller's other arguments to
#   every function used as a value ONLY when the callable sits where callable_position
#   (analyzer/stores.c) says the caller takes it: a keyword key=/target=/func=/function=/fn=/
#   callback=, or else THE FIRST POSITIONAL ARGUMENT (none at all for sorted/min/max/groupby, which
#   it assumes take key= only). But POSITION is the caller's: here the callable is passed
#   positionally in a later slot (Timer(interval, function, args): the first positional is the interval 0), the first positional being something else, so
#   callable_position answers false, fan_to_escaping never runs, and (a known caller) no
#   opaque_callback either: f/g's parameter d holds nothing from a module and d.append(...) is
#   judged a store into the program's own value.
import functools
import itertools
import logging
import sys
import threading
import unittest


def f(d):
    d.append('logging.os.environ')
    return 1


def g(a, d):
    d.append('logging.os.environ')
    return 1


fs = [f, g]
threading.Timer(0, fs[0], [sys.argv]).run()
unittest.main(exit=False)
