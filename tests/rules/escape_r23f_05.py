# expect: reject store
# why: the twenty-third red team's ok_05: a class with a filter method and no logging base is called by Filterer.filter with every record, whose args hold what other logger calls were handed
# line: 16
# goal: mutate keyword.kwlist; prints True.
# mechanism: ok_01's channel with a duck-typed filter OBJECT: a program class with no
#   library base whose filter(self, rec) method logging calls (Filterer.filter checks
#   hasattr(f, 'filter')). The logging.Filter SUBCLASS with the same method is refused
#   (no_13): the hooks of a library base are followed, a duck-typed hook is not.
# rule slipped: store (stores.c take_hooks: a library base calling an override); this
#   class has no library base, so `rec` is a plain parameter of a program method.
# verify: safe-exec-check rc=0; python3 prints True.
import keyword
import logging
class F:
    def filter(self, rec):
        rec.args[0].append('zz')
        return True
lg = logging.getLogger('a')
lg.addFilter(F())
lg.warning('%s', keyword.kwlist)
print('zz' in keyword.kwlist)
