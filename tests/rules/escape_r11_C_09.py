# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir ("pwned" printed after the suite)
# why: eleventh round (issue 13), family C: the library class handed back by a function of the program
import unittest


def kind():
    return unittest.FunctionTestCase

kind().addClassCleanup(print, "pwned: through a function's return")
unittest.TextTestRunner(verbosity=0).run(unittest.TestSuite([unittest.FunctionTestCase(lambda: None)]))
