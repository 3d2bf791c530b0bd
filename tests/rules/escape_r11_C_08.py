# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir ("pwned" printed after the suite)
# why: eleventh round (issue 13), family C: a first parameter named cls on a def that is no classmethod, handed the library class
import unittest


class Helper:
    def arm(cls):
        cls.addClassCleanup(print, "pwned: through a parameter named cls")

Helper.arm(unittest.FunctionTestCase)
unittest.TextTestRunner(verbosity=0).run(unittest.TestSuite([unittest.FunctionTestCase(lambda: None)]))
