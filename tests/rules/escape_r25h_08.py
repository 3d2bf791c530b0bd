# expect: reject store
# line: 44
# why: the red team's round 25h ok_08 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (with
#   'logging.os.fork': the loader calls os.fork(), a new process).
# mechanism: a class statement B under a decorator OF THE PROGRAM's (deco returns
#   collections.deque), so the NAME B is bound to the library class deque; `class C(B)` is then a
#   deque subclass and C([sys.argv])[0] IS sys.argv.
# rule slipped: store (the link from a call of C to its argument's elements). The census counts
#   a program-decorated class statement as an `other` binding (census.c library_decorators), and
#   B([sys.argv])[0].append(...) is refused (no_16), as is `class C(collections.deque)`
#   directly (controls/n1ctl.py). But a class statement DERIVING from the decorated B is taken for a
#   program class holding no items: some proof of C's instance (not fresh_instance_call, whose
#   program_only_class checks c.other of the base) looks the base up among the program's class
#   STATEMENTS (s->classes / classnames, by name) without asking whether a decorator rebound the
#   name. Not pinned to a line in the 20-minute box. Member: deco returning list works the same
#   (controls/n4.py, accepted and working: C is then a list subclass).
# family: "a name judged by its class statement, not by what the read reaches at run time"
#   (25f ok_03/ok_04: a builtin-named base). Principle: every base/receiver proof must resolve
#   the base name by its census (classdefs == 1, other == 0, undecorated or library-decorated
#   only, at module level, above the subclass); a program-decorated class statement binds an
#   arbitrary object and must be judged as such everywhere (or refuse program decorators on
#   classes).
import collections
import logging
import sys
import unittest


def deco(c):
    return collections.deque


@deco
class B:
    pass


class C(B):
    pass


C([sys.argv])[0].append("logging.os.environ")
print(sys.argv)
unittest.main(exit=False)
