# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (unittest.TestSuite.run replaced)
# why: family X: self of a TestLoader subclass read in a method of a class nested in one of its methods: the outer receiver is library-made too.
import unittest


def fake(self, *a, **k):
    print("PWNED: unittest.TestSuite.run replaced")


class L(unittest.TestLoader):
    def go(self):
        class Inner:
            def f(inner):
                self.suiteClass.run = fake
        Inner().f()


L().go()
unittest.TestSuite().run(None)
