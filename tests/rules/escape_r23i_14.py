# expect: reject store
# why: the red team's ok_14 after the library-callback rule: as ok_13, with the def reaching K through a list item (K(fs[0])): no name at all.
# line: 14
# goal: mutate keyword.kwlist; prints True.
# mechanism: as ok_13, with the def reaching K through a list item (K(fs[0])): no name at all.
# rule slipped: store; K(...) is 'surely no function' and may_call_back(K(...)) is false (a program
#   class's call), so no opaque_callback either.
import functools
import keyword
import logging


def impl(rec):
    rec.args[0].append('zz')
    return True


class K(functools.partial):
    pass


fs = [impl]
lg = logging.getLogger('a')
lg.addFilter(K(fs[0]))
lg.warning('%s', keyword.kwlist)
print('zz' in keyword.kwlist)
