# expect: reject module_attribute
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fifth red team's family F4, written for its fix)
# Mechanism: unittest.main(...) returned by a lambda: the value is never bound by an
#   assignment, and the TestProgram's parseArgs is called on the lambda's result
# Goal reached: os.environ printed (in the TypeError)
# Output under python3 (the line with the goal):
#   TypeError: calling <bound method _Environ.copy of environ({'PATH': '/usr/bin:/bin', 'HOME' ...
import random
import unittest

run = lambda: unittest.main(argv=["p"], exit=False)
run().parseArgs(["p", "random._os.environ.copy"])
