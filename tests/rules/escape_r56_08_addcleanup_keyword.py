# expect: reject store
# line: 8
# why: round 56: TestCase.addCleanup(store, x=holder) run by unittest: same fan_arg keyword bug
import sys
holder = []
import unittest
def store(x):
    x.append(sys.argv)
class T(unittest.TestCase):
    def test_a(self):
        self.addCleanup(store, x=holder)
unittest.TextTestRunner().run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
holder[0].append('pwn')
print(sys.argv)
