# expect: reject module_attribute
# line: 21
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fifth static red team, ok_02_unittest_program_parseArgs_after_call_environ)
# Mechanism: facade judged at the call only. unittest.main is call-only with
#   argv=[one literal] so that no test name reaches the loader; but the TestProgram it
#   returns keeps its public method parseArgs(argv), which takes test names again and
#   runs createTests -> loader.loadTestsFromNames(names, __main__): each dotted name is
#   walked with getattr from __main__ (private parts included: "random._os") and the
#   callable found is called; its result is printed in the TypeError.
#   (escape_facade_unittest_01 is the same walk through main(argv=[...]) and is refused.)
#   Variant also accepted: prog.testNames = ["random._os.environ.copy"]; prog.createTests()
# Goal reached: os.environ printed (run with env -i and a marker variable).
# Output under python3 (last line; unittest's traceback above it):
#   TypeError: calling <bound method _Environ.copy of environ({'PATH': '/usr/bin:/bin',
#   'HOME': '<temp dir>', 'MARKER': 'round5-marker', 'LC_CTYPE': 'C.UTF-8'})>
#   returned {'PATH': '/usr/bin:/bin', 'HOME': '<temp dir>', 'MARKER':
#   'round5-marker', 'LC_CTYPE': 'C.UTF-8'}, not a test
import random
import unittest

prog = unittest.main(argv=["p"], exit=False)
prog.parseArgs(["p", "random._os.environ.copy"])
