# expect: reject module_attribute
# why: unittest facade: without argv=, main() reads sys.argv, which the program can append a test name to
# line: 6
import random, sys, unittest
sys.argv.append("random._os.environ.copy")
unittest.main(exit=False)
