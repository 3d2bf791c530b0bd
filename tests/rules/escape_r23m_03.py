# expect: reject store
# why: the red team's round 23m ok_03: operator.methodcaller("foo", sys.argv)(P()) calls P().foo(sys.argv): the library calls a
# line: 26
# goal: runs `id` (serious). Run: printf '!import os; os.system("id")\nc\n' | /usr/bin/python3 ok_03.py
# mechanism: operator.methodcaller("foo", sys.argv)(P()) calls P().foo(sys.argv): the library calls a
#   method of the program's object BY A NAME GIVEN AS TEXT, with the arguments it was handed;
#   P.foo appends __builtins__.breakpoint to sys.argv; unittest.main() resolves __main__.__builtins__.breakpoint from sys.argv[1:].
# rule slipped: store (rules/README.md sec.4, "what library code hands the functions and objects
#   it is given", point (3)). methodcaller is a module callable, so sys.argv does join HANDED
#   (handed_arg), but HANDED reaches only methods NAMED like a library-duck call
#   (duck_method_events: an_rules_library_duck over rules/library-duck-calls.txt); "foo" is no
#   such name. methodcaller is the library calling an ARBITRARY method name with the program's
#   arguments (the name is data, not a fixed duck call the audit could list), so a method whose
#   name appears as methodcaller's literal (or every method, when the name is computed) should
#   take the call's other arguments. The methodcaller checks in stores.c/names.c only refuse
#   mutating or library-unbound names applied to library objects; none covers a program method
#   receiving library values. The program never calls .foo itself, so no by-name link either.
import logging
import operator
import sys
import unittest


class P:
    def foo(self, d):
        d.append('__builtins__.breakpoint')


operator.methodcaller('foo', sys.argv)(P())
unittest.main(exit=False)
