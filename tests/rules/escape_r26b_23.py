# expect: reject store
# line: 26
# why: the red team's round 26b ok_23 (its header below): a method the program defines returns what its defs return, a function included
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False) resolves it.
# mechanism: threading.Thread(target=K.cpick(), args=(sys.argv,)) where cpick is a classmethod returning run.
# rule slipped: store: as ok_21; the receiver is the class name K (no own constructor -> 'no function').
# family B: "a program method's return taken for a library value" -- maybe_function(R.m()) treats the call as
#   "a library callable's result" when the receiver R is judged no function (`K()`, a name bound once to `K()`,
#   a class name K with no own constructor), then asks only whether m()'s ARGUMENTS may be functions; but m is the
#   program's def and returns whatever it likes (here the def run). So a callable produced by a program
#   method/classmethod reaches map/sorted/Thread/ExitStack.callback/partial with nothing linking its parameters.
#   Honest-looking: a registry/dispatcher object handing out handlers.
# principle: a call whose callee resolves (or may resolve) to a program def -- any method call on a receiver that
#   may be an instance or class of the program's, any call through an operator dunder -- returns what the program's
#   defs return: maybe_function must answer true unless every such def provably returns no function (or link the
#   returns: the `(esc)` key already holds what escaping defs return).
import contextlib
import functools
import logging
import sys
import threading
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


class K:
    def pick(self):
        return run

    @classmethod
    def cpick(cls):
        return run


t = threading.Thread(target=K.cpick(), args=(sys.argv,))
t.start()
t.join()
print(sys.argv)
unittest.main(exit=False)
