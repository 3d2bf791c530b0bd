# expect: reject store
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (red team round 8, family X: ok_03_library_base_self_alias_suiteClass_store)
# Mechanism: store rule: alias s = self.suiteClass in a method of a TestLoader subclass, then s.run = fake
# Goal reached: write into a standard-library class namespace: unittest.TestSuite.run replaced
# Output under python3 (3.11, throw-away temp dir):
#   PWNED: unittest.TestSuite.run replaced
#   <function fake at 0x7f45410b84a0>

import unittest


def fake(self, *a, **k):
    print("PWNED: unittest.TestSuite.run replaced")


class L(unittest.TestLoader):
    def go(self):
        s = self.suiteClass
        s.run = fake


L().go()
unittest.TestSuite().run(None)
print(unittest.TestSuite.run)
