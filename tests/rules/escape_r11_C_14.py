# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir ("pwned" printed after the suite)
# why: eleventh round (issue 13), family C: a class pattern's keyword capture reads the classmethod off the library class (getattr by the pattern's name)
import unittest

match unittest.FunctionTestCase:
    case type(addClassCleanup=add):
        add(print, "pwned: through a class pattern")
unittest.TextTestRunner(verbosity=0).run(unittest.TestSuite([unittest.FunctionTestCase(lambda: None)]))
