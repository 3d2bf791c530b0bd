# expect: reject store
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir ("pwned" printed after the suite)
# why: eleventh round (issue 13), family C: operator.attrgetter naming the classmethod, applied to the library class
import operator, unittest

operator.attrgetter("addClassCleanup")(unittest.FunctionTestCase)(print, "pwned: through attrgetter")
unittest.TextTestRunner(verbosity=0).run(unittest.TestSuite([unittest.FunctionTestCase(lambda: None)]))
