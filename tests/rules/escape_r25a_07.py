# expect: reject store
# line: 30
# why: the red team's round 25a ok_07 (its header below)
# goal: prints os.environ (serious).
# mechanism: a dict subclass with no body, built from a list of pairs: R([("a", sys.argv)]).
#   dict's constructor lifts each pair's second element one level up: r["a"] IS sys.argv;
#   r["a"].append(...) writes into sys.argv.
# rule slipped: store. An instance of a program class with a base the program did not write
#   "holds its constructor's arguments at their own depth" (README, round 23 (5): `L([x])[0]`
#   is x): sys.argv lies at depth 2 of the argument, so the rule files it at r's depth 2 (an item
#   of an item) and r["a"] (depth 1) is clean. The pair lift that `d.update(pairs)` got in
#   round 24c (iter 2, one level up) is not applied to the constructor of a dict subclass.
#   Plain dict([("a", sys.argv)]) and R(zip(...)) are refused; R(pairs) is not.
# family: "a library container's constructor/updater moves values between depths" (the pair
#   lift; ok_05 is the same lift missing in aug_event). Principle: every dict-building entry
#   point (dict(), dict subclasses' constructors, super().__init__ in them, update, |=, |,
#   fromkeys, setdefault) must add the pair-lift event (depth d+1 from the argument's depth d+2)
#   -- one table of "pair-taking" callables consulted by call_links, the constructor rule and
#   aug_event alike.
import logging
import sys
import unittest


class R(dict):
    pass


r = R([("a", sys.argv)])
r["a"].append("logging.os.environ")
unittest.main(exit=False)
