# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (TestCase.tearDown_exceptions is set on the library class: "[]" printed)
# why: eleventh round (issue 13), family C, the documented open case: doClassCleanups called on the library class sets cls.tearDown_exceptions on unittest.TestCase itself
import unittest

try:
    unittest.TestCase.doClassCleanups()
except AttributeError:
    pass
print("tearDown_exceptions set on the library's TestCase:", unittest.TestCase.tearDown_exceptions)
