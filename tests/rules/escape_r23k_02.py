# expect: reject store
# why: the red team's round 23k ok_02: itertools.starmap(f, [(sys.argv,)]) calls f(sys.argv); f appends
# line: 23
# goal: runs a process (os.fork) with no input (serious). Run: /usr/bin/python3 ok_02.py -> two
#   TypeErrors "calling <built-in function fork> returned <pid>/0" (parent and child).
# mechanism: itertools.starmap(f, [(sys.argv,)]) calls f(sys.argv); f appends
#   'logging.os.fork' to sys.argv; unittest.main()'s loader resolves __main__.logging.os.fork, sees a
#   callable and CALLS it (loadTestsFromName) -> fork.
# rule slipped: store (rules/README.md sec.4, "what library code hands the functions ... it is given").
#   itertools.starmap is an args_only_caller (analyzer/stores.c) so higher_order_arg maps the
#   iterable argument with fan_arg -> taint_params_elems(f, [(sys.argv,)]): f's parameters get
#   the ELEMENTS of the iterable, i.e. the program-made tuple (sys.argv,), one level down. But
#   starmap calls f(*element): the parameters get the elements OF the elements, two levels down,
#   i.e. sys.argv itself. d is judged a program-made tuple, so d.append is not a module store.
#   (zip(...) as the iterable is refused: only a display of displays slips.)
import itertools
import logging
import sys
import unittest


def f(d):
    d.append('logging.os.fork')
    return 0


list(itertools.starmap(f, [(sys.argv,)]))
unittest.main(exit=False)
