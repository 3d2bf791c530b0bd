# expect: reject store
# why: the red team's round 23o ok_08: class M(difflib.SequenceMatcher) whose method arm() does self.set_seq2 = g (g(b) a module def);
# line: 21
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_08.py (environ in the TypeError)
# mechanism: class M(difflib.SequenceMatcher) whose method arm() does self.set_seq2 = g (g(b) a module def);
#   m.set_seqs('', sys.argv) calls self.set_seq2(sys.argv) = g(sys.argv), which appends to sys.argv.
# rule slipped: store (rules/README.md sec.4, "what library code hands...", a library base calling an
#   override). implicit_def makes parameters sources only for defs that overriding_method finds WRITTEN
#   directly in the class body. Here the override lives in the INSTANCE dict (self.set_seq2 = g in a
#   method of the library-based class, g taking no self): lib_stores catches a function stored on an
#   object that "surely is the library's" (m = SequenceMatcher(); m.set_seq2 = g is refused, no_06),
#   but self in a library-based class is not judged one, and set_seq2 is no duck name, so duck_binding
#   is silent; g(b)'s b holds nothing from a module.
import difflib
import logging
import sys
import unittest


def g(b):
    b.append('logging.os.environ')


class M(difflib.SequenceMatcher):
    def arm(self):
        self.set_seq2 = g


m = M()
m.arm()
m.set_seqs('', sys.argv)
unittest.main(exit=False)
