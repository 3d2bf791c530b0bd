# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir ("pwned" printed after the suite)
# why: eleventh round (issue 13), family C: through a from-import under another name
from unittest import FunctionTestCase as F
import unittest

F.addClassCleanup(print, "pwned: through a from-import")
unittest.TextTestRunner(verbosity=0).run(unittest.TestSuite([F(lambda: None)]))
