# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir ("pwned" printed after the suite)
# why: eleventh round (issue 13), family C: operator.attrgetter under a short from-import alias, applied to the library class
from operator import attrgetter as ag
import unittest

ag("addClassCleanup")(unittest.FunctionTestCase)(print, "pwned: through an aliased attrgetter")
unittest.TextTestRunner(verbosity=0).run(unittest.TestSuite([unittest.FunctionTestCase(lambda: None)]))
