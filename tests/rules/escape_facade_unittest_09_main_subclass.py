# expect: reject module_attribute
# why: unittest facade: a subclass of main (TestProgram) picks its own names and module
# line: 7
import random, unittest


class Program(unittest.main):
    pass

Program(argv=["x", "random._os.environ.copy"], exit=False)
