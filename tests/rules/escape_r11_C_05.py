# expect: reject store
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir ("pwned" printed after the suite)
# why: eleventh round (issue 13), family C: the classmethod taken as a value (bound to the library class) and called later
import unittest

add = unittest.FunctionTestCase.addClassCleanup
add(print, "pwned: a classmethod held in a name")
unittest.TextTestRunner(verbosity=0).run(unittest.TestSuite([unittest.FunctionTestCase(lambda: None)]))
