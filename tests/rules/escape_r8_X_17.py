# expect: reject store
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestSuite.run replaced)
# why: family X: a library-made object in a list: loaders[0].suiteClass is unittest.TestSuite.
import unittest


def fake(self, *a, **k):
    print("PWNED: unittest.TestSuite.run replaced")


loaders = [unittest.TestLoader()]
loaders[0].suiteClass.run = fake
unittest.TestSuite().run(None)
