# expect: reject store
# line: 38
# why: the red team's round 25n ok_07 (its header below): an attribute receiver holding the class (h.k = mk(), for h.k in [K]), or a class handed on by a decorator, __init_subclass__ or __set_name__, makes x.g the plain def, whose first parameter takes the first argument
# goal: prints os.environ (serious): sys.argv gets logging.os.environ; unittest.main(exit=False) resolves it.
# mechanism: @reg class K: the decorator appends the class to box; for k in box: k.g(sys.argv).
# rule slipped: store (stores.c classes_as_values). Since round 25m an identifier receiver k of k.m
#   (m a plain class-body def, RB_BOUND) is judged "maybe the class" only if classes_as_values():
#   s->class_held (a class NAME used as a value: class_value_use), or the type builtin, the dunder class attribute or
#   the classmethod decorator named. Python hands a class over as a value with no such spelling: a class
#   DECORATOR receives it (@reg class K), __init_subclass__ (implicitly bound to the class, first
#   parameter not named cls) receives each subclass, and a descriptor`s __set_name__ receives the
#   owner class. The program keeps it (box.append(c) / global kk = c), then k.g(sys.argv) with k
#   the class: g is the plain function, sys.argv its first parameter x, which the checker links to
#   nothing (offset 1), and x.append(...) passes.
#   Control: the same program with the type builtin called anywhere is refused (no_06), so the miss is
#   classes_as_values alone.
# family: "a class held as a value, missed by a syntactic census of class-value uses" (the 25m
#   gate). Principle: classes_as_values must count every channel that hands a class object to
#   program code: a decorated class (any decorator), a def named __init_subclass__ / __set_name__ /
#   __class_getitem__ / __new__ / __prepare__ / __instancecheck__/__subclasshook__ (their
#   class-valued parameters), a metaclass= keyword -- or simpler, drop the gate: treat every
#   receiver as possibly the class unless PROVED an instance, whatever the program names.
import logging
import sys
import unittest

box = []


def reg(c):
    box.append(c)
    return c


@reg
class K:
    def g(x):
        x.append("logging.os.environ")
        return 0


for k in box:
    k.g(sys.argv)
print(sys.argv)
unittest.main(exit=False)
