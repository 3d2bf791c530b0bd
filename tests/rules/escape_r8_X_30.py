# expect: reject store
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestSuite.run replaced)
# why: family X: operator.attrgetter with a literal name reads suiteClass off a library-made object.
import operator
import unittest


def fake(self, *a, **k):
    print("PWNED: unittest.TestSuite.run replaced")


operator.attrgetter("suiteClass")(unittest.TestLoader()).run = fake
unittest.TestSuite().run(None)
