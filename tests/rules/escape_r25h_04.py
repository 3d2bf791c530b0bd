# expect: reject store
# line: 31
# why: the red team's round 25h ok_04 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (with
#   'logging.os.fork': the loader calls os.fork(), a new process, as ok_01f/ok_03f).
# mechanism: the program's function g is handed BY THE KEYWORD key= to the program's OWN def
#   f(key), which calls key(sys.argv); g appends to its parameter, which IS sys.argv.
# rule slipped: store, stores.c note_reference -> compared_key: a function named as the value of
#   ANY `key=` keyword argument (any callee but one spelled groupby -- the program's own defs
#   included) is "compared, never handed back" and does not escape, so g's parameter x is linked
#   only to the program's direct calls of g (none); the call through f's parameter (key(...)) is
#   not followed. Control h2ctl (the same program with the keyword spelled cb=): refused (store).
# family: "an exemption keyed on a keyword's SPELLING over any callee" (25g ok_01..ok_03:
#   class_consumer_keyword; the 25g fix closed the class-value census but not the function-
#   escape census, which has the same key= shape). Principle: compared_key must name the
#   (callee, keyword) pairs of the library that only compare the key's results -- builtin
#   sorted/min/max unbound, list.sort on a provable list, heapq.nsmallest/nlargest/merge,
#   bisect.* -- and a program def's parameter given a function must make it escape (or link
#   its parameters to every value the def can reach).
import logging
import sys
import unittest


def f(key):
    key(sys.argv)


def g(x):
    x.append("logging.os.environ")


f(key=g)
print(sys.argv)
unittest.main(exit=False)
