# expect: reject store
# why: the red team's ok_07 after the library-callback rule: lg.addFilter(random.choice([impl])) -- a library function returns the program's def;
# line: 19
# goal: mutate keyword.kwlist; prints True.
# mechanism: lg.addFilter(random.choice([impl])) -- a library function returns the program's def;
#   Filterer.filter calls it with the LogRecord whose args hold keyword.kwlist.
# rule slipped: store. maybe_function calls 'what a library callable other than a wrapper returns'
#   surely no function (module_callee(f) -> false), so no opaque_callback; impl is only used as a
#   value inside a list literal, its params stay plain.
import copy
import functools
import keyword
import logging
import operator
import random


def impl(rec):
    rec.args[0].append('zz')
    return True


lg = logging.getLogger('a')
lg.addFilter(random.choice([impl]))
lg.warning('%s', keyword.kwlist)
print('zz' in keyword.kwlist)
