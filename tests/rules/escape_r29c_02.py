# expect: reject store
# line: 34
# why: round 29c ok_02: 'case [inbox, names]:' of '[[]] * 2' gives one list two names: a capture under a sequence pattern is linked like an unpacking target (linked_target)
# ok_02 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.  (With "logging.sys.breakpointhook" appended
#          instead, unittest calls pdb.set_trace and a stdin of
#          `!import os; os.system("id")` runs `id`: tested.)
#
# Mechanism: one object under two names, as in round 29b's `inbox, names =
#   [[]] * 2`, but bound by a MATCH SEQUENCE PATTERN instead of an assignment:
#   `match [[]] * 2: case [inbox, names]:` captures both items of the repeated
#   list, which are one and the same new list.
#
# Why the checker missed it: the round-29b fix (analyzer/stores.c
#   unpacked_aliases(), "(unpack@N)") is called only from bind_targets_up(),
#   i.e. for assignment/for targets.  Match captures are bound by
#   bind_captures() and linked by capture_aliases(), which give each capture
#   "an element of the subject" (alias to the subject's items) but never link
#   two captures of one sequence pattern to each other.  The subject `[[]] * 2`
#   is a fresh display, so its items hold nothing of a module's; the store
#   through `inbox` lands in inbox's key only, and `names[0].append(...)` is a
#   store into an item of the program's own new list.  Control: the same with
#   `inbox, names = [[]] * 2` is refused (rule store), and so is the `for
#   inbox, names in [[[]] * 2]:` spelling.
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest

match [[]] * 2:
    case [inbox, names]:
        inbox.append(sys.argv)
        print("names[0] is sys.argv:", names[0] is sys.argv)
        names[0].append("logging.os.environ")
        unittest.main(exit=False)
