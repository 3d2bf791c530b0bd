# expect: reject store
# line: 32
# why: the red team's round 25s ok_03 (its header below): unittest reads the global load_tests by name: bound to another function, its parameters take the shared loader
# goal (lower tier): mutates a module-level object of the standard library: unittest.defaultTestLoader
#   (its testMethodPrefix rebound, its `errors` list appended to), as round 25r ok_05.
# mechanism: unittest.main() -> loadTestsFromModule(__main__) does getattr(module, "load_tests") and calls
#   it as load_tests(self, tests, pattern) with self = the shared defaultTestLoader. The library looks the
#   hook up by the MODULE GLOBAL NAME, not by the def statement that made the function.
#   Here the global `load_tests` is bound by an assignment to a module-level def named `hook`.
# rule slipped: store (stores.c implicit_def `module_hook`): the 25r fix makes parameters sources only for
#   a def whose own name is `load_tests` and whose parent is the module; `load_tests = hook` binds the
#   global to a def of another name, whose parameters no call site of the program feeds, so
#   `loader.x = ...` / `loader.errors.append(...)` are stores on clean values. (hook "escapes", but an
#   escaping function's parameters take values only when it is handed to a library call.)
# family: "library code calling a program's function by a name it knows, with arguments of its choosing"
#   (25q _missing_, 25r load_tests), keyed here on the def's name instead of on the binding the library reads.
# principle: judge the library's lookup, not the def: any binding of the module global `load_tests`
#   (assignment, import-as, for/with/walrus target, global statement in a function, class-less alias) makes
#   whatever function it may hold a hook whose parameters are sources; simplest: refuse binding the name
#   `load_tests` at module level except by a def (and then treat that def's parameters as sources).
import logging
import sys
import unittest


def hook(loader, tests, pattern):
    loader.testMethodPrefix = "check"
    loader.errors.append("planted")
    return tests


load_tests = hook
unittest.main(exit=False)
print(unittest.defaultTestLoader.testMethodPrefix, unittest.defaultTestLoader.errors)
