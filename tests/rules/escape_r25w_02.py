# expect: reject store
# line: 26
# why: the red team's round 25w ok_02 (its header below): a method fetched through a class, handed to the library, is the plain function: bound only from a proved instance (fetch_first)
# goal: prints os.environ (serious): sys.argv gets "logging.os.environ", unittest.main(exit=False)
#   resolves it (the TypeError message prints environ({...})).
# mechanism: a method fetched by a LITERAL string through the CLASS, handed to a library higher-order
#   function: map(getattr(A, "push"), [sys.argv], [...]). getattr on a class is the plain function, so
#   map calls push(a=sys.argv, b="logging.os.environ").
# rule slipped: store (stores.c library-callback fan-out, ~l.8280 `fetched_name(...)` fanout
#   {s, def, method_def(def) ? 1 : 0}, and taint_params_any ~l.6361 likewise): "a method fetched by a
#   string is a bound method handed on" -- the receiver is never looked at, so the library's first
#   value is taken for self and never reaches `a`. Round 25u fixed this guess for CALLS of a fetched
#   method (opaque_reach), not for a fetched method handed to the library.
# family: "a parameter-position offset decided by guessing the receiver kind" (25k..25u opaque_reach).
# principle: one answer everywhere a fetched method flows: offset 1 only when every getattr that may
#   fetch it reads a receiver proved an instance and the def is a plain method/classmethod
#   (the opaque_reach test); otherwise 0 -- reuse opaque_reach in the callback fan-out and in
#   taint_params_any.
import logging
import sys
import unittest


class A:
    def push(a, b):
        a.append(b)
        return 0


list(map(getattr(A, "push"), [sys.argv], ["logging.os.environ"]))
print(sys.argv)
unittest.main(exit=False)
