# expect: reject store
# line: 39
# verified: red team round 16a (ok_07_vars_item_appends_sys_argv_unittest_main_walks_logging_os_environ), reaches its goal under plain python3 3.11 in a temp dir
# why: family D: a value read out of an instance's attribute table (vars(x), x.__dict__, a copy or view of them) carries the marks of every value stored into an attribute
# Mechanism (family D): self.args = sys.argv in a closed class; vars(k)['args'].append('logging.os.environ') writes the interpreter's sys.argv (the store rule refuses sys.argv.append and k.args.append, not the vars(k)[...] item). unittest.main() without argv (allowed: 'sys.argv, which ... the store rule keeps the program from writing by any route') then takes argv[1:] as test names: TestLoader.loadTestsFromName walks 'logging.os.environ' with getattr from __main__ and raises TypeError("don't know how to make test from: %s" % obj), printing os.environ.
# Goal reached: print os.environ (also the os module reached by the loader's walk).
# Run-time names: none given to getattr/setattr by the program (unittest's own loader walks the dotted name)
# Output seen under python3 (checker exit 0):
#   Traceback (most recent call last):
#     File "/tmp/tmp.oFgZcI0WY4/p.py", line 13, in <module>
#       unittest.main(exit=False)
#     File "/usr/lib/python3.11/unittest/main.py", line 101, in __init__
#       self.parseArgs(argv)
#     File "/usr/lib/python3.11/unittest/main.py", line 150, in parseArgs
#       self.createTests()
#     File "/usr/lib/python3.11/unittest/main.py", line 161, in createTests
#       self.test = self.testLoader.loadTestsFromNames(self.testNames,
#                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
#     File "/usr/lib/python3.11/unittest/loader.py", line 220, in loadTestsFromNames
#       suites = [self.loadTestsFromName(name, module) for name in names]
#                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
#     File "/usr/lib/python3.11/unittest/loader.py", line 220, in <listcomp>
#       suites = [self.loadTestsFromName(name, module) for name in names]
#                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
#     File "/usr/lib/python3.11/unittest/loader.py", line 214, in loadTestsFromName
#       raise TypeError("don't know how to make test from: %s" % obj)
#   TypeError: don't know how to make test from: environ({'PATH': '/usr/bin:/bin', 'HOME': '/tmp/tmp.oFgZcI0WY4', 'LC_CTYPE': 'C.UTF-8'})
import logging
import sys
import unittest


class Keep:
    def __init__(self):
        self.args = sys.argv


k = Keep()
vars(k)["args"].append("logging.os.environ")
unittest.main(exit=False)
