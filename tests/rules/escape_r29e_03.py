# expect: reject store
# line: 36
# why: round 29e ok_03: 'g = f; g(*[[]] * 2)' (a def called through another name) fills two parameters with one list: refused at the repetition
# ok_03 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: round 29c ok_07's `f(*[[]] * 2)` (two parameters filled with one
#   repeated list), with the def called through ANOTHER NAME: `g = f` then
#   `g(*[[]] * 2)`.  (Same root, accepted and tested: a lambda bound to a name,
#   `g = lambda inbox, names: (inbox.append(sys.argv), names[0].append(...))`
#   and `g(*[[]] * 2)`, and the lambda called in place.)
#
# Why the checker missed it: the round-29c fix calls linked_key() for the
#   parameters a splat fills inside map_args() (analyzer/stores.c), and
#   map_args() runs only for callees classified CK_DEF / CK_METHOD (the
#   `for (size_t c = 0; c < ncalls ...)` loop: a def found by its own name).
#   `g` is a variable holding a callable: classify_name() answers CK_OPAQUE,
#   whose arguments reach the defs' parameters by the opaque path
#   (opaque_reach), which never links the parameters to each other; lambdas
#   are no defs at all.  So `inbox` and `names` stay two keys and
#   `names[0]` counts as an item of the program's new list.
#   Control: `f(*[[]] * 2)` is refused (rule store).
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


def f(inbox, names):
    inbox.append(sys.argv)
    print("names[0] is sys.argv:", names[0] is sys.argv)
    names[0].append("logging.os.environ")


g = f
g(*[[]] * 2)
unittest.main(exit=False)
