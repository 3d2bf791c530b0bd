# expect: reject module_attribute
# why: unittest facade: defaultTest names the tests with the same dotted getattr
# line: 5
import random, unittest
unittest.main(argv=["x"], defaultTest="random._os.environ.copy", exit=False)
