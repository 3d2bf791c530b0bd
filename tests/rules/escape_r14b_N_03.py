# expect: reject attribute
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestCase.tearDown_exceptions written)
# why: fourteenth red team (14b), family N: ours: unittest.TestCase bound to a name, called with methodName= a computed name

import unittest
Case = unittest.TestCase
r = unittest.TestResult()
Case(methodName="doClass" + "Cleanups").run(r)
print(unittest.TestCase.tearDown_exceptions, r.errors)
