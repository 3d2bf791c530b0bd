# expect: reject store
# line: 22
# verified: red team round 16a (ok_15_splat_of_vars_appends_argv_environ), reaches its goal under plain python3 3.11 in a temp dir
# why: family D: a value read out of an instance's attribute table (vars(x), x.__dict__, a copy or view of them) carries the marks of every value stored into an attribute
# Mechanism (family D): {**vars(k)}["args"] is sys.argv (stored in self), read out of a copy/view of the instance table; the store rule takes it as the program's own list (operator.attrgetter("args")(k).append and getattr(k, "args").append are refused). The append writes the interpreter's sys.argv; unittest.main() walks the test name logging.os.environ.
# Goal reached: print os.environ.
# Run-time names: none given to a builtin by the program.
# Output seen under python3 (checker exit 0; last line):
#   TypeError: don't know how to make test from: environ({'PATH': '/usr/bin:/bin', 'HOME': '/tmp/tmp.OjZw8aayPq', 'LC_CTYPE': 'C.UTF-8'})
import logging
import operator
import sys
import unittest


class Keep:
    def __init__(self):
        self.args = sys.argv


k = Keep()
{**vars(k)}["args"].append("logging.os.environ")
unittest.main(exit=False)
