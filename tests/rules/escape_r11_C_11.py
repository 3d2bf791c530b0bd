# expect: reject store
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir ("pwned" printed after the suite)
# why: eleventh round (issue 13), family C: operator.methodcaller naming the classmethod, applied to the library class
import operator, unittest

operator.methodcaller("addClassCleanup", print, "pwned: through methodcaller")(unittest.FunctionTestCase)
unittest.TextTestRunner(verbosity=0).run(unittest.TestSuite([unittest.FunctionTestCase(lambda: None)]))
