# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestSuite.run replaced)
# why: family X: getattr with a literal name of a library-made object: getattr(unittest.TestLoader(), 'suiteClass').
import unittest


def fake(self, *a, **k):
    print("PWNED: unittest.TestSuite.run replaced")


getattr(unittest.TestLoader(), "suiteClass").run = fake
unittest.TestSuite().run(None)
