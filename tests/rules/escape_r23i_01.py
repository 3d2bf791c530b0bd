# expect: reject store
# why: the red team's ok_01 after the library-callback rule: a singledispatch function g is handed to Logger.addFilter; Filterer.filter calls
# line: 24
# goal: mutate keyword.kwlist (lower tier: a module-level list of the stdlib); prints True.
# mechanism: a singledispatch function g is handed to Logger.addFilter; Filterer.filter calls
#   g(record), which dispatches to impl registered with g.register(object, impl); impl gets the
#   LogRecord, whose args hold keyword.kwlist (handed to another logger call).
# rule slipped: store. args_only_caller lists any '.register' call (pool) as a caller that passes
#   only its other arguments, so impl's parameters take only what escaping functions return. But a
#   singledispatch function's register hands impl to the dispatcher, which calls it with whatever
#   ITS callers pass -- here logging, with a record. g itself is tainted (named def handed to
#   addFilter), but the taint does not reach the registered implementations.
import functools
import keyword
import logging


@functools.singledispatch
def g(x):
    return True


def impl(rec):
    rec.args[0].append('zz')
    return True


g.register(object, impl)
lg = logging.getLogger('a')
lg.addFilter(g)
lg.warning('%s', keyword.kwlist)
print('zz' in keyword.kwlist)
