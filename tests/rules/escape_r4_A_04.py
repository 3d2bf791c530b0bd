# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fourth static red team, ok_04_self_init_unbound_unittest_program_import_timeit_exec_id)
# Mechanism: self.__init__ in an unprivileged method, called unbound with a foreign
#   self (K.go(prog)), re-initialises the unittest TestProgram that
#   unittest.main(argv=["p"], exit=False) returned, this time with module=None and
#   argv names (both refused by the call-only facade `unittest main 0 !argv=[str]`).
#   With module=None the loader __import__s the dotted name "timeit.main" and calls
#   it with no arguments; timeit.main() reads sys.argv (extended by the program)
#   and compiles/execs its statement.
# Goal reached: exec by a library route; runs `id`.
# Output under python3:
#   Ran 0 tests in 0.000s
#   OK
#   uid=0(root) gid=0(root) groups=0(root)
#   1 loop, best of 1: 2.79 msec per loop
#   Traceback ... (the loader then complains that main() returned None)
import sys
import unittest
class K:
    def go(self):
        self.__init__(module=None, argv=["p", "timeit.main"], exit=False)
sys.argv.extend(["-n", "1", "-r", "1", "import os; os.system('id')"])
prog = unittest.main(argv=["p"], exit=False)
K.go(prog)
