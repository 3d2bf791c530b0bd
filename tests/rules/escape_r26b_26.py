# expect: reject store
# line: 27
# why: the red team's round 26b ok_26 (its header below): a method the program defines returns what its defs return, a function included
# goal: runs a process (serious): sys.argv gets "logging.os.fork"; unittest.main(exit=False) resolves and CALLS it (os.fork): two processes report.
# (proof: two "calling <built-in function fork> returned N" errors, N the child pid in the parent and 0 in the child.)
# mechanism: es.callback(K().pick(), sys.argv) where K.pick is an ordinary method returning run.
# rule slipped: store: maybe_function(K().pick()) takes the call for a library callable's result (receiver K() 'no function') and checks only pick()'s arguments (none).
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
    x.append("logging.os.fork")
    return 0


class K:
    def pick(self):
        return run

    @classmethod
    def cpick(cls):
        return run


es = contextlib.ExitStack()
es.callback(K().pick(), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
