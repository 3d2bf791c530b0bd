# expect: reject store
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir ("pwned" printed after the suite)
# why: eleventh round (issue 13), family C: getattr with a literal name (judged as the attribute it spells)
import unittest

getattr(unittest.FunctionTestCase, "addClassCleanup")(print, "pwned: through getattr")
unittest.TextTestRunner(verbosity=0).run(unittest.TestSuite([unittest.FunctionTestCase(lambda: None)]))
