# expect: accept
# why: honest37 p07: a unittest.TestCase subclass makes no comparison run program code (TestCase's __eq__ and __hash__ read its type and _testMethodName), so a Stack's __iter__ returning reversed(...) is no code run inside a comparison
import unittest


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return reversed(self._items)


class TestStack(unittest.TestCase):
    def test_order(self):
        s = Stack()
        s.push(1)
        s.push(2)
        self.assertEqual(list(s), [2, 1])


if __name__ == "__main__":
    unittest.main(exit=False)
