# expect: reject store
# line: 39
# verified: red team round 16a (ok_09_same_via___builtins___breakpoint_runs_id), reaches its goal under plain python3 3.11 in a temp dir
# why: family D: a value read out of an instance's attribute table (vars(x), x.__dict__, a copy or view of them) carries the marks of every value stored into an attribute
# Mechanism (family D): as ok_08, the test name '__builtins__.breakpoint' (builtins module reached by unittest's getattr from __main__).
# Goal reached: run a process (id); the builtins module reached as a value by the library's walk.
# Run-time names: the string '__builtins__.breakpoint' holds a DUNDER that unittest's loader (not the program) hands to getattr at run time; a wall that checks only the program's own getattr/setattr calls would not see it.
# Output seen under python3 (checker exit 0; stdin </dev/null; first lines):
#   > /usr/lib/python3.11/unittest/loader.py(206)loadTestsFromName()
#   -> if isinstance(test, suite.TestSuite):
#   (Pdb) uid=0(root) gid=0(root) groups=0(root)
#   0
#   (Pdb) Traceback (most recent call last):
#     File "/tmp/tmp.bQoTXy2NWt/p.py", line 21, in <module>
#       unittest.main(exit=False)
#     File "/usr/lib/python3.11/unittest/main.py", line 101, in __init__
#       self.parseArgs(argv)
#     File "/usr/lib/python3.11/unittest/main.py", line 150, in parseArgs
#       self.createTests()
#     File "/usr/lib/python3.11/unittest/main.py", line 161, in createTests
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
vars(k)["args"].append("__builtins__.breakpoint")
vars(k)["inp"].readline = feed
unittest.main(exit=False)
