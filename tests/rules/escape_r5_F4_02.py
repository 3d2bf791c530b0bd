# expect: reject module_attribute
# line: 33
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fifth static red team, ok_03_unittest_program_testloader_store_main_module_os_id)
# Mechanism: facade judged at the call only + attribute store on the returned object.
#   unittest.main(argv=["p"], exit=False) passes (no testLoader= keyword, which the facade
#   refuses because a loader is handed the __main__ module). Afterwards the program stores
#   its own loader into the TestProgram (prog.testLoader = Loader()) and calls the public
#   prog.parseArgs(...): createTests calls Loader.loadTestsFromNames(names, module) with
#   module = the __main__ module as a value; from it module.sys.modules["os"].
#   (escape_facade_unittest_06 is the keyword form and is refused.)
# Goal reached: the os module as a value; os.environ read; `id` run.
# Output under python3:
#   ----------------------------------------------------------------------
#   Ran 0 tests in 0.000s
#
#   OK
#   uid=0(root) gid=0(root) groups=0(root)
#   os as a value: <module 'os' (frozen)>
#   MARKER = round5-marker
import sys
import unittest


class Loader(unittest.TestLoader):
    def loadTestsFromNames(self, names, module=None):
        os = module.sys.modules["os"]
        print("os as a value:", os)
        print("MARKER =", os.environ.get("MARKER"))
        os.system("id")
        return unittest.TestSuite()


prog = unittest.main(argv=["p"], exit=False)
prog.testLoader = Loader()
prog.parseArgs(["p", "x"])
