# expect: reject store
# line: 19
# why: the red team's round 26c ok_18 (its header below): a library function or class that calls a callable taken by position (difflib's isjunk and linejunk, ThreadPoolExecutor's initializer): an unnamed value there makes every function value take anything
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False) resolves it.
# mechanism: list(difflib.ndiff([], [functools.partial(print, sys.argv)], fs[0])): ndiff's third positional, linejunk, is called on b's lines (Differ.compare -> SequenceMatcher(linejunk, a, b)).
# rule slipped: store: as ok_15 (positional slot 2 of a module function).
# family D (see ok_15): a library function/class that calls a POSITIONAL callable it is handed, not on the
#   known-caller list; module_callable_arg answers positional arguments of module functions "no callable slot".
#   Principle: as ok_15.
import difflib
import functools
import logging
import sys
import unittest


def run(x):
    if not isinstance(x, str):
        x.args[0].append("logging.os.environ")
    return False


fs = [run]
list(difflib.ndiff([], [functools.partial(print, sys.argv)], fs[0]))
print(sys.argv)
unittest.main(exit=False)
