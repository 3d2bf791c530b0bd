# expect: accept
# why: unittest facade: a loader by class, suites, FunctionTestCase, a runner, a result's lists
import io
from unittest import FunctionTestCase, TestCase, TestLoader, TestSuite, TextTestRunner


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()


class StackTest(TestCase):
    def test_push_pop(self):
        s = Stack()
        s.push(1)
        self.assertEqual(s.pop(), 1)

    def test_empty(self):
        self.assertRaises(IndexError, Stack().pop)

    def test_wrong(self):
        self.assertListEqual(Stack().items, [0])


def check_plain():
    assert sorted([3, 1, 2]) == [1, 2, 3]


loader = TestLoader()
loader.testMethodPrefix = "test"
suite = TestSuite()
suite.addTests(loader.loadTestsFromTestCase(StackTest))
suite.addTest(FunctionTestCase(check_plain, description="sorted"))
stream = io.StringIO()
result = TextTestRunner(stream=stream, verbosity=0).run(suite)
print(suite.countTestCases(), result.testsRun, len(result.failures), len(result.errors))
for test, text in result.failures:
    print(test.id().rsplit(".", 1)[-1], text.strip().splitlines()[-1])
