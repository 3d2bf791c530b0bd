# expect: accept
# why: fourteenth red team (14b), families T and N: honest unittest use stays accepted: TestSuite of instances, addTest(C('test_x')), C(methodName=...), a loop over literal names, a letter prefix, FunctionTestCase, addTests(loader.loadTestsFromTestCase(C)), a list of instances, a def returning a suite, TestSuite(map(C, [...])), resultclass= a TextTestResult subclass, suite.run(unittest.TestResult()), unittest.TestCase() for its assertions

import io
import unittest
from unittest import FunctionTestCase, TestSuite


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()


class StackTest(unittest.TestCase):
    def setUp(self):
        self.s = Stack()

    def test_push(self):
        self.s.push(1)
        self.assertEqual(self.s.items, [1])

    def test_pop(self):
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)

    def check_empty(self):
        self.assertEqual(self.s.items, [])


class Quiet(unittest.TextTestResult):
    def addSuccess(self, test):
        super().addSuccess(test)


def check_sorted():
    assert sorted([3, 1, 2]) == [1, 2, 3]


def build():
    suite = unittest.TestSuite()
    suite.addTest(StackTest("test_push"))
    suite.addTest(StackTest(methodName="test_pop"))
    for name in ("test_push", "test_pop"):
        suite.addTest(StackTest(name))
    suite.addTest(StackTest("check_" + "empty"))
    suite.addTest(FunctionTestCase(check_sorted, description="sorted"))
    loader = unittest.TestLoader()
    suite.addTests(loader.loadTestsFromTestCase(StackTest))
    suite.addTests([StackTest("test_push"), StackTest("test_pop")])
    return suite


one = StackTest("test_pop")
suites = TestSuite([build(), one, unittest.TestSuite(map(StackTest, ["test_push", "test_pop"]))])
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, resultclass=Quiet, verbosity=0).run(suites)
print(result.testsRun, result.wasSuccessful())
own = unittest.TestResult()
unittest.TestSuite([StackTest("test_push")]).run(own)
print(own.testsRun, own.wasSuccessful())
check = unittest.TestCase()
check.assertEqual(len(result.failures), 0)
print("ok")
