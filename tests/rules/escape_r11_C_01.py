# expect: reject store
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the library's FunctionTestCase runs the program's cleanup after a later suite: "pwned" printed)
# why: eleventh round (issue 13), family C (library classmethods writing into their own class), the open case's sibling: addClassCleanup called on the library class appends to FunctionTestCase._class_cleanups, run after every later suite of FunctionTestCases in the process
import unittest

unittest.FunctionTestCase.addClassCleanup(print, "pwned: a cleanup of the library's FunctionTestCase")
suite = unittest.TestSuite([unittest.FunctionTestCase(lambda: None)])
unittest.TextTestRunner(verbosity=0).run(suite)
