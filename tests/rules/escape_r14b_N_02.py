# expect: reject attribute
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestCase.tearDown_exceptions and _class_cleanups written)
# why: fourteenth red team (14b), family N: ours: an imported alias of TestCase called with computed names (__init_subclass__, doClassCleanups)

import unittest
from unittest import TestCase as Case
r = unittest.TestResult()
for n in ["__init_sub" + "class__", "doClass" + "Cleanups"]:
    Case(n).run(r)
print(unittest.TestCase.tearDown_exceptions, r.errors)
