# expect: reject store
# line: 27
# why: the red team's round 25s ok_05 (its header below): load_tests bound to what a factory returns
# goal (lower tier): mutates a module-level object of the standard library: unittest.defaultTestLoader
#   (its testMethodPrefix rebound, its `errors` list appended to), as round 25r ok_05.
# mechanism: unittest.main() -> loadTestsFromModule(__main__) does getattr(module, "load_tests") and calls
#   it as load_tests(self, tests, pattern) with self = the shared defaultTestLoader. The library looks the
#   hook up by the MODULE GLOBAL NAME, not by the def statement that made the function.
#   Here the def named load_tests is NESTED in a function and returned; the module global is bound to
#   make()'s result.
# rule slipped: store (implicit_def `module_hook`): `ts_node_symbol(parent) == module` fails for a nested
#   def, and `load_tests = make()` is a plain assignment of a call's value.
# family/principle: as ok_03.
import logging
import sys
import unittest


def make():
    def load_tests(loader, tests, pattern):
        loader.testMethodPrefix = "check"
        loader.errors.append("planted")
        return tests
    return load_tests


load_tests = make()
unittest.main(exit=False)
print(unittest.defaultTestLoader.testMethodPrefix, unittest.defaultTestLoader.errors)
