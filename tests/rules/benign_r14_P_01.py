# expect: accept
# why: a bound removing method of the program's own container handed to the library as
#   a value (unittest's callable form of assertRaises, a list of actions): the store
#   rule judges it as the store into its receiver, which is the program's own list.
import collections
import unittest


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()


class T(unittest.TestCase):
    def setUp(self):
        self.st = Stack()

    def test_add(self):
        self.st.push(1)
        self.assertEqual(self.st.pop(), 1)
        self.assertRaises(IndexError, self.st.pop)
        self.assertRaises(IndexError, self.st.items.pop)


q = collections.deque([1, 2, 3])
for action in (q.popleft, q.pop):
    print(action(), list(q))
unittest.main(argv=["x"], exit=False)
