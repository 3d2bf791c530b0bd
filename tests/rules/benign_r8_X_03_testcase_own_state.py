# expect: accept
# why: family X look-alike: a TestCase subclass sets self.maxDiff = None and keeps its own
#   list and dict (self.items, self.notes: names no library class holds as data) that it
#   changes; self.assertEqual and friends are calls.
import io
import unittest


class StackTest(unittest.TestCase):
    maxDiff = None

    def setUp(self):
        self.maxDiff = None
        self.items = []
        self.notes = {}

    def test_push(self):
        self.items.append(1)
        self.items.append(2)
        self.notes["push"] = len(self.items)
        self.assertEqual(self.items, [1, 2])
        self.assertIn("push", self.notes)

    def test_pop(self):
        self.items.extend([3, 4])
        self.assertEqual(self.items.pop(), 4)


buf = io.StringIO()
runner = unittest.TextTestRunner(stream=buf, verbosity=0)
result = runner.run(unittest.TestLoader().loadTestsFromTestCase(StackTest))
print(result.testsRun, result.wasSuccessful())
