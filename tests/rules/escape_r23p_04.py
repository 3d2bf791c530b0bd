# expect: reject store
# why: the red team's round 23p ok_04: @functools.singledispatch def f(x); @f.register def _(o: list) appends 'logging.os.environ' to o;
# line: 33
# goal: prints os.environ (serious); class given to register, no annotation. Run: /usr/bin/python3 ok_04.py
# mechanism: @functools.singledispatch def f(x); @f.register def _(o: list) appends 'logging.os.environ' to o;
#   f(sys.argv) dispatches on list and calls _(sys.argv); unittest.main() (no argv=) then resolves
#   __main__.logging.os.environ from sys.argv[1:].
# rule slipped: store (rules/README.md sec.4, "what library code hands the functions and objects it is
#   given"). A singledispatch function is a def the program calls BY ITS NAME: f(sys.argv) maps sys.argv
#   onto def f's own parameter x (the flows), and f escapes only as a decorated def. The defs registered
#   on it with @f.register / @f.register(list) are decorated defs whose parameters get EV_ESC only (what
#   escaping functions return; f returns 0, so nothing from a module). stores.c handles "a singledispatch
#   function runs the implementations registered on it" only where the DISPATCHER is handed to library
#   code as a value (higher_order_arg: named=false -> opaque_callback) or for its RETURN (escaped_mask);
#   the arguments of a plain program call f(sys.argv) never reach the registered impls' parameters,
#   so o.append(...) is judged a store into a program value. (escape_r23f_dispatch, the same shape with
#   keyword.kwlist, is refused only because its dispatcher RETURNS x, which makes @grow.register a
#   "register writes into a module value" store; with return 0 the append is not flagged: d01 below.)
# verify: safe-exec-check rc=0; python3 reaches the goal.
import functools
import logging
import sys
import unittest


@functools.singledispatch
def f(x):
    return 0


@f.register(list)
def _(o):
    o.append('logging.os.environ')


f(sys.argv)
unittest.main(exit=False)
