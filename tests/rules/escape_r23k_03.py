# expect: reject store
# why: the red team's round 23k ok_03: as ok_01 with '__builtins__.breakpoint' pushed into sys.argv: unittest's loader calls
# line: 20
# goal: runs `id` (serious). Run: printf '!import os; os.system("id")\nc\n' | /usr/bin/python3 ok_03.py
# mechanism: as ok_01 with '__builtins__.breakpoint' pushed into sys.argv: unittest's loader calls
#   __main__.__builtins__.breakpoint -> pdb reading commands from stdin.
# rule slipped: store (rules/README.md sec.4, "what library code hands the functions ... it is given").
#   itertools.starmap is an args_only_caller (analyzer/stores.c) so higher_order_arg maps the
#   iterable argument with fan_arg -> taint_params_elems(f, [(sys.argv,)]): f's parameters get
#   the ELEMENTS of the iterable, i.e. the program-made tuple (sys.argv,), one level down. But
#   starmap calls f(*element): the parameters get the elements OF the elements, two levels down,
#   i.e. sys.argv itself. d is judged a program-made tuple, so d.append is not a module store.
#   (zip(...) as the iterable is refused: only a display of displays slips.)
import itertools
import sys
import unittest


def f(d):
    d.append('__builtins__.breakpoint')
    return 0


list(itertools.starmap(f, [(sys.argv,)]))
unittest.main(exit=False)
