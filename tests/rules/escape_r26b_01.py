# expect: reject store
# line: 27
# why: the red team's round 26b ok_01 (its header below): a splat of anything but a display hands out what program code makes (an __iter__, keys(), a container filled after its binding): it may hold the callable
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False) resolves it.
# mechanism: es.callback(*K()) where K is the program's class whose __iter__ yields run and sys.argv: the splat
#   unpacks to es.callback(run, sys.argv); es.close() runs run(sys.argv).
# rule slipped: store. splat_callback (round 26a) fires only when maybe_function(X) for the splatted X; X = K(),
#   a call of a program class with no library base, is judged "no function" (a new instance of the program's: its
#   calls run its own __call__), but a splat does not CALL the instance, it ITERATES it: the elements are what
#   __iter__ yields (any value, here a def). Nothing else links run's parameter (run is only named inside the
#   generator body), so x is program-only.
# family: "a callable hidden from the checker's function-value test (maybe_function) reaches a library caller":
#   the test reads the splatted expression's SPELLING (a display, a name's sole `=` binding, a program class's
#   constructor) instead of what the splat actually yields.
# principle: a `*X`/`**X` into a caller that may call what it is handed must be judged by what X's iteration /
#   mapping protocol can yield: any X that is not a display of non-function leaves (program instances with
#   __iter__/keys/__getitem__, containers filled after their binding) counts as holding a function value
#   (or: splat_callback fires for every splat into such a caller, regardless of X).
import contextlib
import logging
import sys
import threading
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


class K:
    def __iter__(self):
        yield run
        yield sys.argv


es = contextlib.ExitStack()
es.callback(*K())
es.close()
print(sys.argv)
unittest.main(exit=False)
