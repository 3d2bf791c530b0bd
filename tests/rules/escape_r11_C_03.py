# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the program's __exit__ runs from the library class's cleanups after a later suite: "pwned" printed)
# why: eleventh round (issue 13), family C: enterClassContext on the library class registers the context's exit as a class cleanup of FunctionTestCase
import contextlib, unittest


class Loud(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("pwned: exit run by the library's class cleanups")

unittest.FunctionTestCase.enterClassContext(Loud())
unittest.TextTestRunner(verbosity=0).run(unittest.TestSuite([unittest.FunctionTestCase(lambda: None)]))
