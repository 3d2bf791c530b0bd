# expect: reject store
# why: the red team's round 23m ok_10: threading.Thread(None, fs[0], None, (sys.argv,)).run() calls f(sys.argv) (Thread(group,
# line: 27
# goal: runs a process (os.fork) with no input (serious). Run: /usr/bin/python3 ok_10.py -> TypeErrors 'calling <built-in function fork> returned ...' from parent and child
# mechanism: threading.Thread(None, fs[0], None, (sys.argv,)).run() calls f(sys.argv) (Thread(group,
#   target, name, args): target passed positionally); f appends 'logging.os.fork'.
# rule slipped: store (rules/README.md sec.4 point (7), round 23l's fix for ok_16..20:
#   fan_to_escaping). A callable the checker cannot name (fs[0], an item) handed to a caller of a
#   known kind (args_only_caller: no opaque_callback for it) hands that caller's other arguments to
#   every function used as a value ONLY when the callable sits where callable_position
#   (analyzer/stores.c) says the caller takes it: a keyword key=/target=/func=/function=/fn=/
#   callback=, or else THE FIRST POSITIONAL ARGUMENT (none at all for sorted/min/max/groupby, which
#   it assumes take key= only). But POSITION is the caller's: here the callable is passed
#   positionally in a later slot (Thread(group, target, name, args): the first positional is group=None), the first positional being something else, so
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
    d.append('logging.os.fork')
    return 1


def g(a, d):
    d.append('logging.os.fork')
    return 1


fs = [f, g]
threading.Thread(None, fs[0], None, (sys.argv,)).run()
unittest.main(exit=False)
