# Unit tests for a small stack class, run with unittest.main(exit=False).
# The runner writes into a buffer, so only stable facts are printed.
import io
import unittest


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)


class StackTest(unittest.TestCase):
    def setUp(self):
        self.s = Stack()

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(len(self.s), 1)

    def test_empty_pop_raises(self):
        with self.assertRaises(IndexError):
            self.s.pop()

    def test_peek(self):
        self.assertIsNone(self.s.peek())
        self.s.push("a")
        self.assertEqual(self.s.peek(), "a")

    def test_many(self):
        for i in range(100):
            self.s.push(i)
        self.assertEqual([self.s.pop() for _ in range(3)], [99, 98, 97])

    @unittest.skip("not implemented yet")
    def test_clear(self):
        self.s.clear()

    def test_deliberate_failure(self):
        self.assertEqual(len(self.s), 1, "this one is meant to fail")


buffer = io.StringIO()
program = unittest.main(argv=["x"], exit=False, testRunner=unittest.TextTestRunner(stream=buffer, verbosity=2))
result = program.result
print("ran:", result.testsRun)
print("failures:", len(result.failures), [t.id().split(".")[-1] for t, _ in result.failures])
print("errors:", len(result.errors), "skipped:", len(result.skipped))
print("successful:", result.wasSuccessful())
lines = [l for l in buffer.getvalue().splitlines() if l.endswith(("ok", "FAIL", "skipped 'not implemented yet'"))]
print("\n".join(sorted(lines)))
