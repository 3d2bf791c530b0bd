# expect: reject store
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir (red team round 8, family X: ok_02_library_base_self_suiteClass_store)
# Mechanism: store rule: self of a program subclass of unittest.TestLoader; self.suiteClass is the library class unittest.suite.TestSuite, store through it not judged
# Goal reached: write into a standard-library class namespace: unittest.TestSuite.run replaced
# Output under python3 (3.11, throw-away temp dir):
#   PWNED: unittest.TestSuite.run replaced

import unittest


def fake(self, *a, **k):
    print("PWNED: unittest.TestSuite.run replaced")


class L(unittest.TestLoader):
    def go(self):
        self.suiteClass.run = fake


L().go()
unittest.TestSuite().run(None)
