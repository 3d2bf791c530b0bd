# expect: reject store
# why: the red team's round 23k ok_07: @functools.wraps(argparse.Namespace(x=sys.argv)) copies the Namespace's __dict__ into
# line: 30
# goal: runs `id` (serious). Run: printf '!import os; os.system("id")\nc\n' | /usr/bin/python3 ok_07.py
#   (unittest's loader calls __main__.__builtins__.breakpoint -> pdb on stdin).
# mechanism: @functools.wraps(argparse.Namespace(x=sys.argv)) copies the Namespace's __dict__ into
#   g, so g.x IS sys.argv; g.x.append('__builtins__.breakpoint'); unittest.main() reads sys.argv[1:] as
#   test names and resolves that dotted name from __main__ (see goal line).
# rule slipped: store (rules/README.md sec.4: what library code writes into program objects /
#   what it hands them). functools.wraps is a writer_function (analyzer/stores.c writer_fn table:
#   {"wraps", -1, factory}): the checker records that the decorated def is WRITTEN by the library,
#   but not WHAT is written. update_wrapper does wrapper.__dict__.update(wrapped.__dict__), so
#   every attribute of the wrapped object (here values the program could not keep or name itself)
#   becomes an attribute of the program's own function g. g.NAME is then judged as the program's
#   own function attribute (plain data), so NAME's value is neither a library value for the store
#   rule nor checked against the module facades. (A direct argparse.Namespace(x=sys.argv).x.append
#   is refused; the wraps detour is accepted.)
import argparse
import functools
import logging
import sys
import unittest


@functools.wraps(argparse.Namespace(x=sys.argv))
def g():
    return 0


g.x.append('__builtins__.breakpoint')
unittest.main(exit=False)
