# expect: reject store
# line: 18
# why: the red team's round 26c ok_19 (its header below): a library function or class that calls a callable taken by position (difflib's isjunk and linejunk, ThreadPoolExecutor's initializer): an unnamed value there makes every function value take anything
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False) resolves it.
# mechanism: difflib.SequenceMatcher(C().j, '', [functools.partial(print, sys.argv)]) with C.__init__ doing self.j = run: the callable is an attribute read.
# rule slipped: store: as ok_15 (attribute: maybe_function true, but no opaque/fan path fires for an unlisted caller's positional).
# family D (see ok_15): a library function/class that calls a POSITIONAL callable it is handed, not on the
#   known-caller list; module_callable_arg answers positional arguments of module functions "no callable slot".
#   Principle: as ok_15.
import difflib
import functools
import logging
import sys
import unittest


def run(x):
    x.args[0].append("logging.os.environ")
    return False


class C:
    def __init__(self):
        self.j = run


difflib.SequenceMatcher(C().j, "", [functools.partial(print, sys.argv)])
print(sys.argv)
unittest.main(exit=False)
