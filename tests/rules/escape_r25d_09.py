# expect: reject store
# line: 32
# why: the red team's round 25d ok_09 (its header below)
# goal: prints os.environ (serious), writes logging's loggerDict and keyword.kwlist (lower tier):
#   DIRECT writes into library module objects through unrecognised container classes.
# mechanism: a mutating method called through a container CLASS that the checker does not
#   recognise as one: a program subclass `class B(list)` (B.append(sys.argv, x) is
#   list.append(sys.argv, x)), an alias `L = dict` (L.update(loggerDict, victim=...)), a display
#   item `[list][0].append(keyword.kwlist, "pwned")`. Members (accepted and working,
#   variants w1..w5): `for L in [list]: L.append(lst, X)`, `(list if c else dict).append(lst, X)`.
# rule slipped: store, stores.c: the call-store site and hold_args take the written object to be
#   the first argument only when container_class(w, recv) says the receiver is a container class,
#   which recognises the literal names (list, dict, ...). Any other spelling of the class falls
#   to the receiver branch: the store is judged on the receiver (B, L, [list][0] -- clean, a class
#   the program made or a builtin) and the first argument -- the object actually written -- is
#   never judged nor linked.
# family: "the object a call writes is found by syntax" (round 25a; ok_02..04 with splats).
#   Principle: for a mutating method name, a receiver that may be a class (anything but a value
#   provably an instance: a display, a literal, a fresh program instance) makes the FIRST
#   POSITIONAL ARGUMENT (or, when it cannot be located, every argument) written too; judge the
#   store on both.
import keyword
import logging
import sys
import unittest


class B(list):
    pass


B.append(sys.argv, "logging.os.environ")
L = dict
L.update(logging.Logger.manager.loggerDict, victim=B())
[list][0].append(keyword.kwlist, "pwned")
print(sys.argv, logging.getLogger("victim"), keyword.kwlist[-1])
unittest.main(exit=False)
