# expect: reject attribute
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fifth red team's family F4, written for its fix)
# Mechanism: the TestProgram is bound once and read as prog.result, but also passed to a
#   function whose parameter calls parseArgs (refused by name too: the result rule
#   refuses the binding, the attribute rule the method)
# Goal reached: os.environ printed (in the TypeError)
# Output under python3 (the line with the goal):
#   TypeError: calling <bound method _Environ.copy of environ({'PATH': '/usr/bin:/bin', 'HOME' ...
import random
import unittest


def go(p):
    p.parseArgs(["p", "random._os.environ.copy"])


prog = unittest.main(argv=["p"], exit=False)
print(prog.result.testsRun)
go(prog)
