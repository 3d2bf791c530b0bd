# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestSuite.run replaced)
# why: family X: self in a method of a mixin M of the program is library-made when a class deriving from M has a library base (class L(M, unittest.TestLoader)): self.suiteClass is unittest.TestSuite.
import unittest


def fake(self, *a, **k):
    print("PWNED: unittest.TestSuite.run replaced")


class M:
    def go(self):
        self.suiteClass.run = fake


class L(M, unittest.TestLoader):
    pass


L().go()
unittest.TestSuite().run(None)
