# expect: reject store
# why: the red team's ok_11 after the library-callback rule: a property setter: class D: x = property(_get, _set); d.x = keyword.kwlist runs
# line: 19
# goal: mutate keyword.kwlist; prints True.
# mechanism: a property setter: class D: x = property(_get, _set); d.x = keyword.kwlist runs
#   _set(d, keyword.kwlist), which appends to the library list.
# rule slipped: store. 'property' is in args_only_caller (builtins list), i.e. judged as a caller
#   that hands its function only its other arguments / escaping returns. But a property's fset is
#   called by the interpreter on every attribute store 'obj.x = v' with v -- anything the program
#   (or library code doing setattr) assigns. The attribute store is never connected to _set's v.
import keyword


def _get(self):
    return None


def _set(self, v):
    v.append('zz')


class D:
    x = property(_get, _set)


d = D()
d.x = keyword.kwlist
print('zz' in keyword.kwlist)
