# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestSuite.run replaced)
# why: family X: a class pattern's keyword capture reads suiteClass off a library-made subject.
import unittest


def fake(self, *a, **k):
    print("PWNED: unittest.TestSuite.run replaced")


match unittest.TestLoader():
    case unittest.TestLoader(suiteClass=S):
        S.run = fake
unittest.TestSuite().run(None)
