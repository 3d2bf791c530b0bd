# expect: reject attribute
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestCase.tearDown_exceptions written)
# why: fourteenth red team (14b), family N: ours: map(unittest.TestCase, ['doClassCleanups']): the class handed to map, which calls it with each name

import unittest
r = unittest.TestResult()
for case in map(unittest.TestCase, ["doClassCleanups"]):
    case.run(r)
print(unittest.TestCase.tearDown_exceptions, r.errors)
