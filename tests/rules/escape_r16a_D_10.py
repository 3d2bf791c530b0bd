# expect: reject store
# line: 40
# verified: red team round 16a (ok_10_same_pdb_reads_etc_passwd), reaches its goal under plain python3 3.11 in a temp dir
# why: family D: a value read out of an instance's attribute table (vars(x), x.__dict__, a copy or view of them) carries the marks of every value stored into an attribute
# Mechanism (family D): as ok_08, pdb runs print(open('/etc/passwd').read()[:200]).
# Goal reached: read /etc/passwd (call open through pdb's exec).
# Run-time names: none given to a builtin by the program; no dunder.
# Output seen under python3 (checker exit 0; stdin </dev/null; first lines):
#   > /usr/lib/python3.11/unittest/loader.py(206)loadTestsFromName()
#   -> if isinstance(test, suite.TestSuite):
#   (Pdb) root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   bin:x:2:2:bin:/bin:/usr/sbin/nologin
#   sys:x:3:3:sys:/dev:/usr/sbin/nologin
#   sync:x:4:65534:sync:/bin:/bin/sync
#   games:x:5:6
#   (Pdb) Traceback (most recent call last):
#     File "/tmp/tmp.Zdx0bm3ZIp/p.py", line 22, in <module>
#       unittest.main(exit=False)
#     File "/usr/lib/python3.11/unittest/main.py", line 101, in __init__
import logging
import sys
import unittest


class Keep:
    def __init__(self):
        self.args = sys.argv
        self.inp = sys.stdin
        self.lines = ["print(open('/etc/passwd').read()[:200])\n", "c\n"]


def feed():
    if k.lines:
        return k.lines.pop(0)
    return ""


k = Keep()
vars(k)["args"].append("logging.sys.breakpointhook")
vars(k)["inp"].readline = feed
unittest.main(exit=False)
