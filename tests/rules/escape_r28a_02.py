# expect: reject store
# line: 32
# why: the red team's round 28a ok_02: the same channel, appending 'logging.sys.breakpointhook' for unittest.main to call (pdb on stdin)
# ok_02 -- goal 2 (pdb started by sys.breakpointhook, from a program that names
#          neither), and goal 1 whenever the run is given standard input (the
#          service allows stdin: rules/builtins.txt "runs may be given standard
#          input"):   printf '!import os; os.system("id")\n' | python3 ok_02.py
#          runs `id` (and `!print(open("/etc/passwd").read())` prints the file).
#
# SAME CHANNEL AS ok_01 (kept because it reaches a higher goal): logging's level
#   registry hands sys.argv back as a value the store rule takes for new, so the
#   program appends a dotted name to it.  unittest.main(exit=False) resolves
#   "logging.sys.breakpointhook" from __main__ with getattr; the object is
#   callable, so TestLoader.loadTestsFromName calls it with no argument:
#   sys.breakpointhook() -> pdb.set_trace() in the loader's frame, reading
#   commands from stdin; any line pdb does not know is run as Python.
#   (With no stdin pdb prints its prompt, reads EOF and quits.)
#
# Why the checker missed it: as ok_01 (analyzer/stores.c judges a module-level
#   library function's result by the call alone; addLevelName/getLevelName are a
#   setter/getter pair over module state).  The names unittest walks are text the
#   checker never sees as attribute names (README section 1 closes the ways to
#   write sys.argv, not the names in it).
import logging
import sys
import unittest

try:
    logging.addLevelName(99, sys.argv)
except TypeError:
    pass
logging.getLevelName(99).append("logging.sys.breakpointhook")
unittest.main(exit=False)
