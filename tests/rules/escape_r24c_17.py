# expect: reject store
# why: the red team's round 24b ok_17: goal: prints os.environ (serious, via unittest.main and sys.argv)
# line: 19
# goal: prints os.environ (serious, via unittest.main and sys.argv)
# mechanism: a bound method kept in a name: f = box.pop; f() is lst (box = [lst]). The store
#   through f() puts sys.argv into lst.
# rule slipped: store. A call of a plain name aliases "()f" (the program's def f's returns) and,
#   for a name bound to a function value, what that function returns; receiver_aliases (R.m(...)
#   linked to R at any depth) runs only for an attribute callee. f is bound to box.pop, a method
#   VALUE: no def f feeds "()f" (returns_fed drops the unfed key), and nothing links f()'s result
#   to box's items. (Round 24a's It()() -> __call__ was closed; a builtin bound method was not.)

import sys
import unittest

lst = []
box = [lst]
f = box.pop
f().append(sys.argv)
lst[0].append("logging.os.environ")
import logging

unittest.main(exit=False)
