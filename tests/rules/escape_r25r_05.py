# expect: reject store
# line: 26
# why: the red team's round 25r ok_05 (its header below): unittest calls a module-level load_tests with its shared defaultTestLoader: every parameter is a source
# goal (lower tier): mutates a module-level object of the standard library: unittest's defaultTestLoader
#   (unittest.loader.defaultTestLoader): its testMethodPrefix is rebound and its `errors` list appended to.
# mechanism: unittest.main() (default testLoader = unittest.defaultTestLoader) calls
#   loadTestsFromModule(__main__), which looks up a module-level function named `load_tests` and calls
#   load_tests(self, tests, pattern): the FIRST ARGUMENT is the library's module-level loader object.
#   Attribute stores and .append through that parameter write into it.
# rule slipped: store: a parameter of a def that the program never calls holds nothing (no call site
#   links a value to it), so `loader.x = ...` / `loader.errors.append(...)` is a store on a clean value.
#   The checker knows library hooks the library calls BY NAME on objects (protocol dunders, overridden
#   methods of library bases, json hooks) but not module-level functions the library finds by name in
#   the program's module (`load_tests`).
# family: "library code calling a program's function by a name it knows, with arguments of its choosing"
#   (as 25q _missing_, here a module-level def).
# principle: a module-level def named `load_tests` (unittest's protocol; also setUpModule/tearDownModule
#   take none) is a hook: its parameters hold library objects (the default loader, a suite) = values
#   reached through a module; or refuse defining it (tests are found by TestCase classes anyway).
import logging
import sys
import unittest


def load_tests(loader, tests, pattern):
    loader.testMethodPrefix = "check"
    loader.errors.append("planted")
    return tests


unittest.main(exit=False)
print(unittest.defaultTestLoader.testMethodPrefix, unittest.defaultTestLoader.errors)
