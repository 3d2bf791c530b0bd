# expect: reject store
# line: 35
# why: the red team's round 25j ok_02 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (with
#   'logging.os.fork': the loader calls os.fork(), a new process; ok_02f.py).
# mechanism: a MATCH MAPPING PATTERN whose key is a value pattern `K.meth` (a dotted name):
#   CPython 3.11 evaluates K.meth (the plain function meth) and, for a subject with at least
#   one item, calls subject.get(key, sentinel) -- here the program dict subclass M's ordinary
#   method `get`, which keeps the key in a module-level list. kept[0] IS the def meth; called
#   with sys.argv, it appends to it.
# rule slipped: store, stores.c note_reference (round 25h inversion: every reference escapes but
#   in proved-harmless places): `ps == y->dotted_name` is harmless as a whole -- meant for
#   `import a.b` -- but tree-sitter also parses a match statement's VALUE PATTERNS (`case K.x:`,
#   mapping keys `case {K.x: _}:`, class patterns `case K.x():`) as dotted_name, and those are
#   evaluated expressions whose value the interpreter hands to the subject (`get` for a mapping
#   key, `__eq__` for a value pattern, isinstance/__instancecheck__ for a class pattern). So
#   meth never escapes; its parameter x is linked only to the program's direct calls of meth
#   (none); kept[0](...) is a call of an unknown callee. Control (no_02.py: the same
#   `M(a=1).get(K.meth)` written as a call): refused (store).
# family: as 25i ok_03/ok_05 and ok_01 here ("a harmless place named by its parent KIND where
#   that kind has a second, value-handing use"). Principle: dotted_name is harmless only under
#   import_statement / import_from_statement / aliased_import / future_import; under any
#   pattern (case_pattern, dict_pattern, class_pattern, value patterns) it is a read whose
#   value is handed on and escapes. Better: replace the kind list by (parent kind, field) pairs.
import logging
import sys
import unittest

kept = []


class K:
    def meth(x):
        x.append("logging.os.environ")


class M(dict):
    def get(self, key, default=None):
        kept.append(key)
        return default


match M(a=1):
    case {K.meth: _}:
        pass
kept[0](sys.argv)
print(sys.argv)
unittest.main(exit=False)
