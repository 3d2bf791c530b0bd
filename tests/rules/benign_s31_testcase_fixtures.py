# expect: accept
# why: a TestCase subclass's fixtures (self.stack, self.data, self.log set in setUp) are the program's own: unittest.TestCase, the family's only library base, holds no attribute of those names (library-class-attribute)
import unittest


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()


class Base(unittest.TestCase):
    def setUp(self):
        self.stack = Stack()
        self.data = {"a": 1}
        self.log = []


class StackTests(Base):
    def test_push_pop(self):
        self.stack.push(1)
        self.stack.push(2)
        self.assertEqual(self.stack.pop(), 2)
        self.data["b"] = 2
        self.log.append("ok")
        self.assertEqual(sorted(self.data), ["a", "b"])

    def test_empty(self):
        with self.assertRaises(IndexError):
            self.stack.pop()


unittest.main(argv=["x"], exit=False)
