# expect: reject store
# line: 32
# why: round 29c ok_07: 'f(*[[]] * 2)' makes two parameters one object: parameters a splat fills are linked (linked_key)
# ok_07 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: one object under two names through a CALL: `f(*[[]] * 2)` passes
#   the same new list as both parameters `inbox` and `names` of the program's
#   own def.  f appends sys.argv to `inbox`; `names[0]` is then sys.argv.
#   (Same with keywords: `f(**dict.fromkeys(["inbox", "names"], []))`: tested,
#   accepted.)
#
# Why the checker missed it: round 29b's repair for "one object, two names"
#   (analyzer/stores.c unpacked_aliases(), "(unpack@N)") lives in
#   bind_targets_up() only, i.e. assignment / for targets.  Parameters are bound
#   from a call's arguments by the store rule's call linking ("what a function
#   puts into its parameter lands in the caller's argument"), which keeps each
#   parameter a key of its own: nothing says that two parameters filled from
#   one splat of a repeated element are one object, so `inbox.append(sys.argv)`
#   fills only inbox (and the caller's fresh display), and `names[0]` is an item
#   of a parameter whose caller handed a new list.  Control: `inbox, names =
#   [[]] * 2` is refused (rule store).
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


def f(inbox, names):
    inbox.append(sys.argv)
    print("names[0] is sys.argv:", names[0] is sys.argv)
    names[0].append("logging.os.environ")


f(*[[]] * 2)
unittest.main(exit=False)
