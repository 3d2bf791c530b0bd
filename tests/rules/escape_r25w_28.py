# expect: reject store
# line: 24
# why: the red team's round 25w ok_28 (its header below): a library callable that calls or binds a callable it is handed (partial, map, reduce, starmap, Thread...), itself handed on with its callable slot open, may call any function value with any value
# goal: prints os.environ (serious), as ok_24.
# mechanism: functools.partial handed AS A CALLBACK to map with the def and the value in two iterables:
#   map(functools.partial, [run], [sys.argv]) yields partial(run, sys.argv); p() runs run(x=sys.argv).
#   Controls: reduce(functools.partial, [sys.argv], run)() and fs=[functools.partial]; fs[0](run, argv)()
#   are refused (no_18, no_19).
# rule slipped: store. map(F, a, b) with F a program def fans the iterables' elements into F's parameters;
#   with F the library's functools.partial nothing is fanned: the elements of [run] and [sys.argv] are
#   combined into a call by library code the checker does not model.
# family: ok_24 (functools.partial as a value: a library callable that builds a bound call of whatever
#   function it is later handed).
# principle: functools.partial (and partialmethod) may only be CALLED directly with a program function
#   as its first argument (a "partial-call-only" facade, like decorator-only wraps/singledispatch); as a
#   value (argument, list item, partial func, decorator factory) it is refused.
import functools
import logging
import sys
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


for p in map(functools.partial, [run], [sys.argv]):
    p()
print(sys.argv)
unittest.main(exit=False)
