# expect: reject store
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir (red team round 8, family X: ok_04_library_base_self_resultclass_store)
# Mechanism: store rule: self.resultclass of a TextTestRunner subclass is unittest.runner.TextTestResult
# Goal reached: write into a standard-library class namespace: TextTestResult.startTest replaced
# Output under python3 (3.11, throw-away temp dir):
#   PWNED: unittest.runner.TextTestResult.startTest replaced

import unittest


def fake(self, test):
    print("PWNED: unittest.runner.TextTestResult.startTest replaced")


class R(unittest.TextTestRunner):
    def go(self):
        self.resultclass.startTest = fake


R().go()
unittest.TextTestResult(None, None, 0).startTest(None)
