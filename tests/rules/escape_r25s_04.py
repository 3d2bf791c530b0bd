# expect: reject store
# line: 27
# why: the red team's round 25s ok_04 (its header below): load_tests bound to a method read through its class
# goal (lower tier): mutates a module-level object of the standard library: unittest.defaultTestLoader
#   (its testMethodPrefix rebound, its `errors` list appended to), as round 25r ok_05.
# mechanism: unittest.main() -> loadTestsFromModule(__main__) does getattr(module, "load_tests") and calls
#   it as load_tests(self, tests, pattern) with self = the shared defaultTestLoader. The library looks the
#   hook up by the MODULE GLOBAL NAME, not by the def statement that made the function.
#   Here the global `load_tests` is bound to H.load_tests, a plain def in a CLASS body (read through the
#   class: the plain function), so its first parameter `loader` gets the loader.
# rule slipped: store (implicit_def `module_hook`): requires the def's parent to be the module node; a
#   method named load_tests is not one; H.load_tests is read through the class (method_unbound, so `loader`
#   is no proved receiver), but no call site of the program hands it anything, so it holds nothing.
# family/principle: as ok_03.
import logging
import sys
import unittest


class H:
    def load_tests(loader, tests, pattern):
        loader.testMethodPrefix = "check"
        loader.errors.append("planted")
        return tests


load_tests = H.load_tests
unittest.main(exit=False)
print(unittest.defaultTestLoader.testMethodPrefix, unittest.defaultTestLoader.errors)
