# expect: reject store
# line: 29
# why: the red team's round 25h ok_05 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (with
#   'logging.os.fork': os.fork() is called by the loader, a new process).
# mechanism: the program's function g taken as a value as the BODY (element) of a list
#   comprehension: [g for _ in (0,)][0] IS g; called with sys.argv, g appends to sys.argv.
#   Members (accepted, working): a generator expression's body (`for h in (g for _ in (0,)):
#   h(sys.argv)`, appended below as the second write); a set comprehension is the same parent.
# rule slipped: store, stores.c note_reference (which defs escape, escaped_functions): a
#   reference is counted as escaping only under an ALLOW-list of parent kinds (return, yield,
#   list/tuple/set displays, pair, conditional, boolean op, lambda, subscript, splat, ...);
#   every other parent "keeps nothing" and returns without noting. list_comprehension,
#   generator_expression and set_comprehension BODIES are not in that list (`lambda` is; the
#   dict comprehension's `pair` is, so {0: g for ..} is refused). So g does not escape; its
#   parameter is linked only to the program's direct calls of g (none). Control (i1ctl:
#   `[g][0](sys.argv)`): refused (store).
# family: "a function value's escape census with a default of NOT escaping" (new shape; cousin of
#   ok_03/ok_04). Principle: invert note_reference -- every reference of a def's name that is not
#   a direct call's callee (or a proven non-keeping position: isinstance of the unbound builtin,
#   `is` comparison) makes it escape; list the harmless parents, never the escaping ones.
import logging
import sys
import unittest


def g(x):
    x.append("logging.os.environ")


[g for _ in (0,)][0](sys.argv)
for h in (g for _ in (0,)):
    h(sys.argv)
print(sys.argv)
unittest.main(exit=False)
