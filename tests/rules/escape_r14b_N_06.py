# expect: reject unbound
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestCase.tearDown_exceptions written)
# why: fourteenth red team (14b), family N: ours: functools.partial(unittest.TestCase, 'doClassCleanups'): the library class as a value (refused before by unbound; kept as the case of this spelling)

import unittest
import functools
r = unittest.TestResult()
functools.partial(unittest.TestCase, "doClassCleanups")().run(r)
print(unittest.TestCase.tearDown_exceptions, r.errors)
