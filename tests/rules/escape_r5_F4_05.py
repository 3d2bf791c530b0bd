# expect: reject module_attribute
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fifth red team's family F4, written for its fix)
# Mechanism: the TestProgram kept in a list instead of a name; parseArgs on the item
# Goal reached: os.environ printed (in the TypeError)
# Output under python3 (the line with the goal):
#   TypeError: calling <bound method _Environ.copy of environ({'PATH': '/usr/bin:/bin', 'HOME' ...
import random
import unittest

progs = [unittest.main(argv=["p"], exit=False)]
progs[0].parseArgs(["p", "random._os.environ.copy"])
