# expect: reject dunder
# why: a unittest.TestCase subclass's __setattr__ receives what run() stores on the test: unittest's private _Outcome, which holds the running TestResult
# line: 12
# goal: unittest's private state as values (the _Outcome and its result)
# mechanism: TestCase.run() does self._outcome = outcome through the program's hook
import unittest

kept = []


class Case(unittest.TestCase):
    def __setattr__(self, name, value):
        kept.append((name, value))
        super().__setattr__(name, value)

    def test_one(self):
        self.assertTrue(True)


unittest.TextTestRunner().run(unittest.TestSuite([Case("test_one")]))
print([(n, type(v).__name__) for n, v in kept])
