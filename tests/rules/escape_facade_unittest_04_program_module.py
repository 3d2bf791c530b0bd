# expect: reject attribute
# why: unittest facade: the TestProgram main() returns holds __main__ as a value, and through it the whole sys module
# line: 6
import sys, unittest
program = unittest.main(argv=["x"], exit=False)
program.module.sys.modules["os"].system("id")
