# expect: reject store
# why: the red team's ok_02 after the library-callback rule: duck-typed filter object whose 'filter' is not a def but a class attribute
# line: 16
# goal: mutate keyword.kwlist; prints True.
# mechanism: duck-typed filter object whose 'filter' is not a def but a class attribute
#   filter = staticmethod(impl); Filterer.filter calls F().filter(rec) -> impl(rec).
# rule slipped: store. DUCK_HOOKS/duck_hook_events only taints DEFS named 'filter' (s->defnames);
#   the attribute bound in the class body is not a def, and staticmethod is in args_only_caller, so
#   impl's params get only escaping returns. F() is a program-class instance => maybe_function says
#   'surely no function', so no opaque_callback either.
import keyword
import logging


def impl(rec):
    rec.args[0].append('zz')
    return True


class F:
    filter = staticmethod(impl)


lg = logging.getLogger('a')
lg.addFilter(F())
lg.warning('%s', keyword.kwlist)
print('zz' in keyword.kwlist)
