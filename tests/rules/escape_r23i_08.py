# expect: reject store
# why: the red team's ok_08 after the library-callback rule: as ok_07 with operator.getitem([impl], 0): an element accessor of the library.
# line: 17
# goal: mutate keyword.kwlist; prints True.
# mechanism: as ok_07 with operator.getitem([impl], 0): an element accessor of the library.
# rule slipped: store; maybe_function's element_methods cover .get/.pop/... METHODS but not
#   module functions that hand back an element (operator.getitem, random.choice, statistics.mode...).
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
lg.addFilter(operator.getitem([impl], 0))
lg.warning('%s', keyword.kwlist)
print('zz' in keyword.kwlist)
