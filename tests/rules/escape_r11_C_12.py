# expect: reject store
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir ("pwned" printed after the suite)
# why: eleventh round (issue 13), family C: a test of the program's whose test method calls the classmethod on self; the suite holds a FunctionTestCase next to it, and self is library-made (its class derives from TestCase): the program could as well hand any library test in
import unittest


class T(unittest.TestCase):
    def test_arm(self):
        pass

    def arm(self, other):
        other.addClassCleanup(print, "pwned: through a parameter")

T("test_arm").arm(unittest.FunctionTestCase(lambda: None))
unittest.TextTestRunner(verbosity=0).run(unittest.TestSuite([unittest.FunctionTestCase(lambda: None)]))
