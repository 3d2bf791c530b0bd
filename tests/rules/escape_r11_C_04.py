# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir ("pwned" printed after the suite)
# why: eleventh round (issue 13), family C: through an instance of the library class (a classmethod binds the instance's class, FunctionTestCase)
import unittest

t = unittest.FunctionTestCase(lambda: None)
t.addClassCleanup(print, "pwned: through an instance")
unittest.TextTestRunner(verbosity=0).run(unittest.TestSuite([t]))
