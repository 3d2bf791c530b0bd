# expect: reject store
# line: 28
# why: the red team's round 26b ok_25 (its header below): a method the program defines returns what its defs return, a function included
# goal: lower tier: mutates keyword.kwlist and the root logger (disabled, level) -- a module-level object of the
#   standard library (the store rule's domain). Proof printed.
# mechanism: es.callback(K().pick(), keyword.kwlist, logging.getLogger()) with K.pick returning run(x, y); run
#   appends to x and sets y.disabled / y.setLevel(50).
# rule slipped: store (family B, as ok_21): the def's parameters take nothing, so x.append / y.disabled = ... are
#   judged on program-only values. Shows the hole is not specific to sys.argv: any library object the program may
#   name (not modules or library classes: module_value / unbound refuse those as values) can be written.
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
import keyword
import logging
import sys


def run(x, y):
    x.append("proof-kw")
    y.disabled = True
    y.setLevel(50)
    return 0


class K:
    def pick(self):
        return run


es = contextlib.ExitStack()
es.callback(K().pick(), keyword.kwlist, logging.getLogger())
es.close()
print("proof:", keyword.kwlist[-1], logging.getLogger().disabled, logging.getLogger().level)
