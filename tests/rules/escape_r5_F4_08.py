# expect: reject module_attribute
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fifth red team's family F4, written for its fix)
# Mechanism: the TestProgram bound through a conditional expression
# Goal reached: os.environ printed (in the TypeError)
# Output under python3 (the line with the goal):
#   TypeError: calling <bound method _Environ.copy of environ({'PATH': '/usr/bin:/bin', 'HOME' ...
import random
import unittest

prog = unittest.main(argv=["p"], exit=False) if random.random() < 2 else None
prog.parseArgs(["p", "random._os.environ.copy"])
