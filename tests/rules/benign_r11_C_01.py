# expect: accept
# why: eleventh round (issue 13), family C: the class cleanups called on the program's own TestCase subclass by its name write that subclass (TestCase.__init_subclass__ gives it its own list); addCleanup on an instance stays allowed
import contextlib
import unittest

log = []


class Tests(unittest.TestCase):
    def test_one(self):
        self.addCleanup(log.append, "test cleanup")
        self.assertEqual(1 + 1, 2)


Tests.addClassCleanup(log.append, "class cleanup")
Tests.enterClassContext(contextlib.nullcontext())
unittest.main(argv=["tests"], exit=False, verbosity=0)
Tests.doClassCleanups()
print(log)
