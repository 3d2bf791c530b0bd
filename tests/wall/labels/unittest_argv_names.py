# label: unittest.argv
# sys.argv written past the checker: unittest.main would resolve each word after
# the program's name from __main__ by getattr and call it ("sys.breakpointhook"
# starts pdb on stdin). The wall's parseArgs ends the run before the loader looks.
import sys
import unittest

sys.argv.append("sys.breakpointhook")
unittest.main(exit=False)
print("NOT REFUSED")
