# expect: reject module_attribute
# why: unittest facade: a testLoader given to main() is handed the __main__ module, and through it the whole sys module
# line: 13
import sys, unittest


class Loader(unittest.TestLoader):
    def loadTestsFromModule(self, m, *args, **kwargs):
        m.sys.modules["os"].system("id")
        return unittest.TestSuite()


unittest.main(argv=["x"], exit=False, testLoader=Loader())
