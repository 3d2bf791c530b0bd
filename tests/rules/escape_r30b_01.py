# expect: reject store
# line: 55
# why: round 30b ok_01: class P(collections.namedtuple(..., defaults=[sys.argv])): P().x is sys.argv (class_holds_bases)
# ok_01 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds, which the store
#          rule keeps read-only): the sys.argv / unittest.main lever.
#          (With "logging.sys.breakpointhook" appended instead, unittest calls
#          pdb.set_trace -- the lever of round 28a ok_02.)
#
# Mechanism: collections.namedtuple(typename, fields, defaults=[...]) keeps
#   the defaults AS IS in the generated __new__'s __defaults__ (no copy):
#   `defaults=[sys.argv]` makes every P() whose field is left out a tuple
#   whose item 0 IS the real sys.argv.  The namedtuple class is made by a
#   library call written directly as the BASE of a class statement of the
#   program: `class P(collections.namedtuple("P", ["x"], defaults=[sys.argv]))`.
#   P() then hands sys.argv out as P().x, P()[0], by unpacking or by iteration
#   (all four accepted and tested).  Appending "logging.os.environ" to it makes
#   unittest.main(exit=False) (argv= not given, so TestProgram reads sys.argv)
#   resolve that dotted name from __main__ with getattr and print os.environ
#   in its TypeError.
#
# Why the checker missed it: rule `store` (analyzer/stores.c) takes a call of
#   a class statement of the program (`P()`, a name bound only by its class
#   statement) for a NEW instance that holds what the class body puts into it
#   ("(inst)P"/"(body)P" keys, class_holds_binding / body_parts) -- but what
#   the instance holds also comes from its BASES, and a base that is a library
#   call's result is never looked at for the values its arguments gave it.
#   The namedtuple's defaults are the class's own __new__ defaults, so they
#   land in every instance.  Concretely: call_mask0_as()/call_mask_as(),
#   case CK_CLASS, give a call of a class with a library base
#   shl(argm | lib) | (argm | elems(argm)) | esc | body_parts(...) |
#   inst_mask(...): the CALL's arguments and the class body, never the masks
#   of the base expression (or of the values the base was made from).  CALLING
#   the namedtuple class itself is refused (`P = collections.namedtuple(...,
#   defaults=[sys.argv])`, then `P().x.append(...)`: store, P is a module
#   function's result: near_02); calling a program SUBCLASS of it is accepted.
#   Also accepted and tested (same root, for a fix's regression tests): the
#   namedtuple bound to a name first and only SUBCLASSED
#   (`Base = collections.namedtuple("Base", ["x"], defaults=[sys.argv])`,
#   `class P(Base): pass`, `for v in P(): v.append(...)`), `defaults=` as a
#   tuple, and P()[0] / `(a,) = P()` / iteration instead of `.x`.
#   rules/README.md knows such bases exist ("a class statement has a base the
#   checker cannot name (`class P(namedtuple(...))`)") but only for the
#   private-state rule, not for what instances of such a class hold.
import collections
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class P(collections.namedtuple("P", ["x"], defaults=[sys.argv])):
    pass


P().x.append("logging.os.environ")
print("sys.argv now:", sys.argv)
unittest.main(exit=False)
