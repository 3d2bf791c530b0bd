# unittest with explicit suite and TextTestRunner writing to stdout
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
    def __len__(self):
        return len(self._d)

class StackTests(unittest.TestCase):
    def setUp(self):
        self.st = Stack()
    def test_push_pop(self):
        self.st.push(1)
        self.st.push(2)
        self.assertEqual(self.st.pop(), 2)
        self.assertEqual(len(self.st), 1)
    def test_empty(self):
        self.assertRaises(IndexError, self.st.pop)
    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

loader = unittest.TestLoader()
suite = loader.loadTestsFromTestCase(StackTests)
runner = unittest.TextTestRunner(stream=sys.stdout, verbosity=2)
result = runner.run(suite)
print("OK" if result.wasSuccessful() else "FAILED", result.testsRun)
