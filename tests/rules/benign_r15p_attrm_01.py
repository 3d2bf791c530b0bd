# expect: accept
# why: round 15 (issue 13, honest14 p35): a unittest fixture keeps the program's own
#   stack in self.st (setUp stores `Stack()`, the only store of that name), and a
#   test hands its bound pop, which reads a private attribute, to assertRaises.
import sys
import unittest

class Stack:
    def __init__(self):
        self._d = []
    def push(self, x):
        self._d.append(x)
    def pop(self):
        if not self._d:
            raise IndexError("empty stack")
        return self._d.pop()

class StackTests(unittest.TestCase):
    def setUp(self):
        self.st = Stack()
    def test_empty(self):
        self.assertRaises(IndexError, self.st.pop)
    def test_push_pop(self):
        self.st.push(1)
        take = self.st.pop
        self.assertEqual(take(), 1)

suite = unittest.TestLoader().loadTestsFromTestCase(StackTests)
result = unittest.TextTestRunner(stream=sys.stdout, verbosity=0).run(suite)
print(result.wasSuccessful(), result.testsRun)
