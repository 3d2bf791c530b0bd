# expect: reject store
# line: 23
# verified: red team round 16a (ok_12_sorted_vars_items_loop_appends_argv_environ), reaches its goal under plain python3 3.11 in a temp dir
# why: family D: a value read out of an instance's attribute table (vars(x), x.__dict__, a copy or view of them) carries the marks of every value stored into an attribute
# Mechanism (family D): the instance dict's values through sorted(vars(k).items()) in a for loop: the loop variable holding sys.argv is taken as the program's value; value.append(...) writes sys.argv; unittest.main() walks the new test name.
# Goal reached: print os.environ.
# Run-time names: none given to a builtin by the program.
# Output seen under python3 (checker exit 0; last lines):
#       raise TypeError("don't know how to make test from: %s" % obj)
#   TypeError: don't know how to make test from: environ({'PATH': '/usr/bin:/bin', 'HOME': '/tmp/tmp.Yu7bZDxaYn', 'LC_CTYPE': 'C.UTF-8'})
import logging
import sys
import unittest


class Keep:
    def __init__(self):
        self.args = sys.argv


k = Keep()
for key, value in sorted(vars(k).items()):
    value.append("logging.os.environ")
unittest.main(exit=False)
