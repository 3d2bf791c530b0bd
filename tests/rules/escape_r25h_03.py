# expect: reject store
# line: 35
# why: the red team's round 25h ok_03 (its header below)
# goal: prints os.environ (serious) -- with 'logging.os.fork' (ok_03f.py) unittest's loader CALLS
#   os.fork(): a new process (top tier). sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__.
# mechanism: the program's own def named `isinstance(a, b)` calls b(a). The call
#   isinstance(sys.argv, g) hands the program's function g to it; g(x) appends to its parameter,
#   which at run time IS sys.argv.
# rule slipped: store, stores.c note_reference (the function-escape census, escaped_functions):
#   an identifier in an argument_list of a call whose callee is SPELLED isinstance or issubclass
#   is "compared, never called or kept" -> g does not escape, so g's parameter x is linked only
#   to what the program's calls of g hand it (none) and x.append(...) is a store on a clean
#   value. No wk_builtin_name / census / unbound check on the callee: the program's `def
#   isinstance` is a plain function that may call its argument. (The def's own b(a) is a call
#   through a parameter, which the store rule does not follow either.) Control g1ctl (same
#   program, def named keepit): refused (store).
# family: "a builtin recognised by its NAME, not by what the name is bound to" (as ok_01 in
#   slices.c isinstance_subject; 25f ok_06/ok_07, 25g ok_03). Other by-spelling builtin tests
#   to audit: stores.c typed_builtin (find_key, not the census), names.c 4757, 6614.
#   Principle: one helper, "the builtin NAME, unbound program-wide" (builtin_unbound /
#   unbound_builtin), used by EVERY spelling match of a builtin; better, refuse binding a
#   builtin's name at all (def/class/assignment/import/parameter/for/with/except/match).
import logging
import sys
import unittest


def isinstance(a, b):
    b(a)
    return True


def g(x):
    x.append("logging.os.environ")


isinstance(sys.argv, g)
print(sys.argv)
unittest.main(exit=False)
