# expect: reject store
# why: the red team's ok_03 after the library-callback rule: as ok_02 with 'filter = impl' (plain def bound as a method in the class body;
# line: 15
# goal: mutate keyword.kwlist; prints True.
# mechanism: as ok_02 with 'filter = impl' (plain def bound as a method in the class body;
#   impl(self, rec)).
# rule slipped: store. duck_hook_events matches defs by their own name ('impl'), not by the class
#   attribute name the library looks up ('filter'). impl is used as a value in a class body, no
#   library call receives it, so its params are plain.
import keyword
import logging


def impl(self, rec):
    rec.args[0].append('zz')
    return True


class F:
    filter = impl


lg = logging.getLogger('a')
lg.addFilter(F())
lg.warning('%s', keyword.kwlist)
print('zz' in keyword.kwlist)
