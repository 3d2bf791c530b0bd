# expect: reject store
# why: the red team's round 23m ok_19: TestCase().assertRaises(ValueError, fs[0], sys.argv) calls f(sys.argv) (the assertRaises family
# line: 25
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_19.py (environ in the TypeError)
# mechanism: TestCase().assertRaises(ValueError, fs[0], sys.argv) calls f(sys.argv) (the assertRaises family
#   is in args_only_caller's pool: a known caller); f appends 'logging.os.environ' to sys.argv and
#   raises ValueError; unittest.main() resolves __main__.logging.os.environ.
# rule slipped: store (rules/README.md sec.4 point (7), round 23l's fix for ok_16..20:
#   fan_to_escaping). A callable the checker cannot name (fs[0], an item) handed to a caller of a
#   known kind (args_only_caller: no opaque_callback for it) hands that caller's other arguments to
#   every function used as a value ONLY when the callable sits where callable_position
#   (analyzer/stores.c) says the caller takes it: a keyword key=/target=/func=/function=/fn=/
#   callback=, or else THE FIRST POSITIONAL ARGUMENT (none at all for sorted/min/max/groupby, which
#   it assumes take key= only). But POSITION is the caller's: here the callable is passed
#   positionally in a later slot (assertRaises(exc, callable, *args): the first positional is the exception class), the first positional being something else, so
#   callable_position answers false, fan_to_escaping never runs, and (a known caller) no
#   opaque_callback either: f/g's parameter d holds nothing from a module and d.append(...) is
#   judged a store into the program's own value.
import logging
import sys
import unittest


def f(d):
    d.append('logging.os.environ')
    raise ValueError('x')


fs = [f]
unittest.TestCase().assertRaises(ValueError, fs[0], sys.argv)
unittest.main(exit=False)
