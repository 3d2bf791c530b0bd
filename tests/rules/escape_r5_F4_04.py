# expect: reject module_attribute
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fifth red team's family F4, written for its fix)
# Mechanism: the TestProgram that unittest.main returns, bound to a name, names tests again through
#   its public testNames and createTests(): each dotted name is walked with getattr from
#   __main__ (private parts included) and called
# Goal reached: os.environ printed (in the TypeError)
# Output under python3 (the line with the goal):
#   TypeError: calling <bound method _Environ.copy of environ({'PATH': '/usr/bin:/bin', 'HOME' ...
import random
import unittest

prog = unittest.main(argv=["p"], exit=False)
prog.testNames = ["random._os.environ.copy"]
prog.createTests()
