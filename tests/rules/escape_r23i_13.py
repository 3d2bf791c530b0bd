# expect: reject store
# why: the red team's ok_13 after the library-callback rule: class K(functools.partial): pass; lg.addFilter(K(impl)). A partial subclass instance
# line: 18
# goal: mutate keyword.kwlist; prints True.
# mechanism: class K(functools.partial): pass; lg.addFilter(K(impl)). A partial subclass instance
#   calls impl(record) when Filterer.filter calls it.
# rule slipped: store. maybe_function judges 'an instance of the program's own class' surely no
#   function (its call 'runs a dunder or a library base's hook'): but the library base partial's
#   __call__ runs the wrapped program function, no hook of the program's. And impl handed to K(...)
#   is taken as a program class's constructor argument (class_call), not a library callback, so
#   impl's parameters are never tainted.
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
lg.addFilter(K(impl))
lg.warning('%s', keyword.kwlist)
print('zz' in keyword.kwlist)
