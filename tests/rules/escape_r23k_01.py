# expect: reject store
# why: the red team's round 23k ok_01: itertools.starmap(f, [(sys.argv,)]) calls f(sys.argv); f appends
# line: 22
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_01.py (environ in the TypeError).
# mechanism: itertools.starmap(f, [(sys.argv,)]) calls f(sys.argv); f appends
#   'logging.os.environ' to sys.argv; unittest.main() reads sys.argv[1:] as test names and walks
#   __main__.logging.os.environ; not a test -> TypeError("don't know how to make test from: %s").
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
    d.append('logging.os.environ')
    return 0


list(itertools.starmap(f, [(sys.argv,)]))
unittest.main(exit=False)
