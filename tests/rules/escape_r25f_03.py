# expect: reject store
# line: 39
# why: the red team's round 25f ok_03 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__; also writes
#   keyword.kwlist (lower tier).
# mechanism: `class C(list)` at module level, and a module-level `class list: pass` statement
#   written AFTER it: when C's class statement runs, `list` is still the BUILTIN list, so C is a
#   list subclass and C([sys.argv])[0] IS sys.argv. Member (accepted, working,
#   members/m3_scope.py): the `class list` inside a def g() instead (a local: the module-level
#   base is the builtin at any time).
# rule slipped: store, stores.c fresh_instance_call -> program_only_class (round 25 precision,
#   "a call of a class of the program that makes its own instances ... hands back a new
#   instance linked to no argument"). Round 25e put wk_builtin_name on fresh_instance_call's
#   CALLEE name, but program_only_class judges each BASE name by its program-wide census alone
#   (`c.other == 0 && c.classdefs == 1` -> "a program class", recursively): no builtin check,
#   no scope check, no time order. The base `list` is taken for the program's closed `class
#   list`, so C(...) is a fresh program instance whose items are only what its (absent) protocol
#   methods return: C([sys.argv])[0] is judged clean and .append(...) a store on a clean value.
#   (Without the later `class list`, the same program is refused: f0 variant.)
# family: "a name judged by its program-wide census, not by what the read reaches at run time"
#   (25d ok_05/ok_08, 25e ok_01/ok_04/ok_05): the 25e fix was applied to the listed users of
#   the census, not to the census itself; program_only_class (also used by program_self,
#   maybe_function's new-instance case, fresh_instance_call) is one more user. Principle: put the
#   builtin-name veto INSIDE the census answer (a census of a builtin's name reports one more
#   `other` binding), so every "bound by exactly one class statement" proof fails for builtin
#   names at once; better, refuse class/def/assignment binding of builtin names outright.
import keyword
import logging
import sys
import unittest


class C(list):
    pass


r = C([sys.argv])[0]
r.append("logging.os.environ")
C([keyword.kwlist])[0].append("pwned")
print(sys.argv, keyword.kwlist[-1])


class list:
    pass


unittest.main(exit=False)
