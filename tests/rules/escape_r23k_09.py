# expect: reject store
# why: the red team's round 23k ok_09: @functools.wraps(logging.getLogger()) copies the root logger's __dict__ into g:
# line: 26
# goal: mutate the root logger (lower tier): appends a filter to the root logger's filters list;
#   prints [<logging.Filter ...>].
# mechanism: @functools.wraps(logging.getLogger()) copies the root logger's __dict__ into g:
#   g.filters IS the root logger's filters list.
# rule slipped: store (rules/README.md sec.4: what library code writes into program objects /
#   what it hands them). functools.wraps is a writer_function (analyzer/stores.c writer_fn table:
#   {"wraps", -1, factory}): the checker records that the decorated def is WRITTEN by the library,
#   but not WHAT is written. update_wrapper does wrapper.__dict__.update(wrapped.__dict__), so
#   every attribute of the wrapped object (here values the program could not keep or name itself)
#   becomes an attribute of the program's own function g. g.NAME is then judged as the program's
#   own function attribute (plain data), so NAME's value is neither a library value for the store
#   rule nor checked against the module facades. (A direct argparse.Namespace(x=sys.argv).x.append
#   is refused; the wraps detour is accepted.)
import functools
import logging


@functools.wraps(logging.getLogger())
def g():
    return 0


g.filters.append(logging.Filter('q'))
print(logging.getLogger().filters)
