# expect: reject module_attribute
# why: unittest facade: main taken as a value escapes the check of its arguments
# line: 5
import random, unittest
run = unittest.main
run(argv=["x", "random._os.environ.copy"], exit=False)
