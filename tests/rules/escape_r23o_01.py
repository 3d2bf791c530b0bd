# expect: reject store
# why: the red team's round 23o ok_01: class M(difflib.SequenceMatcher): set_seq2 = g (g a module-level def). M(None, '', sys.argv)
# line: 25
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_01.py (environ in the TypeError)
# mechanism: class M(difflib.SequenceMatcher): set_seq2 = g (g a module-level def). M(None, '', sys.argv)
#   runs SequenceMatcher.__init__ -> self.set_seqs(a, b) -> self.set_seq2(sys.argv) = g(self, sys.argv),
#   which appends 'logging.os.environ' to sys.argv; unittest.main() resolves __main__.logging.os.environ.
# rule slipped: store (rules/README.md sec.4, "what library code hands...": a library base calling an
#   override). analyzer/stores.c makes the parameters of a method a library base may call sources only
#   for a def WRITTEN in the class body (implicit_def -> overriding_method: "Is def written directly in
#   the body of a class statement overriding_class found?"; inherited_hooks likewise walks only defs).
#   A class-body binding of a function by another name (NAME = module_def / NAME = lambda / NAME =
#   Other.method) or a store onto the class after it (M.NAME = def) installs the same override, but the
#   function is not a def in that body, so its parameters stay the program's own values. The name
#   is no library-duck name (set_seq2 / repr_list / default are called on self, not on a handed
#   object) and no duck hook, so duck_binding does not fire either; the .append(...) is judged a
#   store into a program value.
import difflib
import logging
import sys
import unittest


def g(self, b):
    b.append('logging.os.environ')


class M(difflib.SequenceMatcher):
    set_seq2 = g


M(None, '', sys.argv)
unittest.main(exit=False)
