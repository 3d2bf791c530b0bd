# expect: reject store
# line: 37
# why: the red team's round 25i ok_04 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (with
#   'logging.os.fork': the loader calls os.fork(), a new process; ok_04f.py).
# mechanism: a namedtuple whose FIELD is named sort: T(f).sort IS the program's def f, so
#   `T(f).sort(key=g)` is f(key=g); f calls key(sys.argv); g appends to its parameter, which IS
#   sys.argv.
# rule slipped: store, stores.c note_reference -> compared_key (the round 25h fix of 25h ok_04):
#   a `key=` given to an ATTRIBUTE callee spelled `sort` is "a list's sort, which only compares
#   by it" whenever the census of the NAME sort counts no binding (c.other == 0, c.classdefs ==
#   0). The census counts identifiers; a namedtuple's field names are a STRING
#   ("sort"), so nothing binds `sort` in its eyes and any receiver's .sort is taken for
#   list.sort. g does not escape; its parameter is linked only to the program's direct calls of
#   g (none); key(sys.argv) inside f is a call through a parameter, not followed. Control
#   (k1c: the same with the keyword spelled cb=): refused (store).
# family: "a library method recognised by its NAME on any receiver" (25g ok_03: add_argument's
#   type=; 25h ok_04: key= on any callee). Principle: compared_key's sort branch must prove the
#   receiver a list (a display, list(...), sorted(...), a name bound only to those), never rely
#   on the census of an attribute name (attributes are also bound by strings: namedtuple fields,
#   setattr text, keyword splats, SimpleNamespace/Namespace keywords, dataclass make_dataclass);
#   better, a def given as key= to a sort of an unproved receiver escapes.
import collections
import logging
import sys
import unittest

T = collections.namedtuple("T", "sort")


def f(key):
    key(sys.argv)


def g(x):
    x.append("logging.os.environ")


T(f).sort(key=g)
print(sys.argv)
unittest.main(exit=False)
