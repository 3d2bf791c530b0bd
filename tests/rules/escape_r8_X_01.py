# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (red team round 8, family X: ok_01_library_instance_class_attr_suiteClass_store)
# Mechanism: store rule: a call of a standard-library class is taken as a new (clean) value, but its attribute suiteClass is the shared library class unittest.suite.TestSuite; a store through it is not judged
# Goal reached: write into a standard-library class namespace: unittest.TestSuite.run replaced
# Output under python3 (3.11, throw-away temp dir):
#   PWNED: TestSuite.run replaced

import unittest


def fake(self, *a, **k):
    print("PWNED: TestSuite.run replaced")


unittest.TestLoader().suiteClass.run = fake
unittest.TestSuite().run(None)
