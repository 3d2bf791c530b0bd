# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir ("pwned" printed after the suite)
# why: eleventh round (issue 13), family C: a program method called through its class with a library instance as self (self is whatever it is handed)
import unittest


class Helper:
    def arm(self):
        self.addClassCleanup(print, "pwned: through a parameter named self")

Helper.arm(unittest.FunctionTestCase(lambda: None))
unittest.TextTestRunner(verbosity=0).run(unittest.TestSuite([unittest.FunctionTestCase(lambda: None)]))
