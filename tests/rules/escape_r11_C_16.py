# expect: reject store
# line: 17
# verified: reaches its goal under plain python3 (3.11) in a temp dir ("pwned" printed after a suite of the library's FunctionTestCases)
# why: eleventh round (issue 13), family C: the program's own subclass called by its name, but a mixin's __init_subclass__ that does not hand on keeps TestCase's from giving it a cleanup list of its own, so addClassCleanup appends to the one it inherits, FunctionTestCase's
import unittest


class Quiet:
    def __init_subclass__(cls, **kw):
        pass


class T(Quiet, unittest.FunctionTestCase):
    pass


T.addClassCleanup(print, "pwned: a cleanup of the library's FunctionTestCase through a subclass without its own list")
unittest.TextTestRunner(verbosity=0).run(unittest.TestSuite([unittest.FunctionTestCase(lambda: None)]))
