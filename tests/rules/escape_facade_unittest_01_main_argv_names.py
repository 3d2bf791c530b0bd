# expect: reject module_attribute
# why: unittest facade: names after argv[0] are walked with getattr from __main__ and called; the error shows the result
# line: 5
import random, unittest
unittest.main(argv=["x", "random._os.environ.copy"], exit=False)
