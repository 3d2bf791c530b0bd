# expect: reject attribute
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestCase.tearDown_exceptions written)
# why: fourteenth red team (14b), family N: ours: unittest.TestCase('doClassCleanups'): a literal name runs the library class's own classmethod

import unittest
r = unittest.TestResult()
unittest.TestCase("doClassCleanups").run(r)
print(unittest.TestCase.tearDown_exceptions, r.errors)
