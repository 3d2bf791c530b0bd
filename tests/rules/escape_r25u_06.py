# expect: reject store
# line: 28
# why: the red team's round 25u ok_06 (its header below): a positional argument after *xs may land in any positional parameter from its own place on, or in *args
# goal: prints os.environ (serious): sys.argv gets "logging.os.environ", unittest.main(exit=False)
#   resolves it (the TypeError message prints environ({...})).
# mechanism: a STARRED positional argument followed by plain positional ones: run(*[0, 0], sys.argv).
#   Python binds r=0, op=0 from the star and x=sys.argv; the checker places sys.argv by its index among
#   the NON-starred positional arguments (0: r), so x is never linked to sys.argv and x.append is a
#   store into a clean parameter.
#   Measured: run(*[0, 0], s), run(*[0], 0, s) [via "push"], run(0, *[0], s), obj.m(*[k], s) all accepted;
#   run(*[], 0, 0, s), run(*(), 0, 0, s), run(0, 0, *[s]), run(*[0], 0, x=s) refused (the non-star index
#   happens to be right, or the value is inside the star / a keyword).
# rule slipped: store (stores.c parameter links from call arguments, alias_back / call_events: the
#   "f(*xs): each parameter an element of xs" row handles what is INSIDE the star, but the positions of
#   the positional arguments AFTER it are counted as if the star were absent).
# family: "a parameter-position offset decided by a guess" (25k..25t receiver kinds): here the guess is
#   that a starred argument contributes no positions.
# principle: after a starred positional argument the position of every following positional argument is
#   unknown (a display's length is known only for a literal display without nested stars): link each
#   following positional argument to every positional parameter from (its non-star index) on, and to
#   *args; or refuse positional arguments after a star.
import logging
import sys
import unittest


def run(r, op, x):
    x.append("logging.os.environ")
    return 0


run(*[0, 0], sys.argv)
print(sys.argv)
unittest.main(exit=False)
