# expect: reject store
# why: unittest facade: without argv=, main() reads sys.argv: appending a test name to it is a store into a module's list (refused by the store rule since argv= became optional)
# line: 5
import random, sys, unittest
sys.argv.append("random._os.environ.copy")
unittest.main(exit=False)
