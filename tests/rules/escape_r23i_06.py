# expect: reject store
# why: the red team's ok_06 after the library-callback rule: copy.copy(x) of a list subclass: object.__reduce_ex__(4) gives listitems=iter(x), and
# line: 17
# goal: mutate keyword.kwlist; prints True.
# mechanism: copy.copy(x) of a list subclass: object.__reduce_ex__(4) gives listitems=iter(x), and
#   copy._reconstruct does y.append(item) for each ORIGINAL item (shallow) on the new L instance, so
#   the overridden append(self, v) gets keyword.kwlist (held in x). copy.copy is allowed on
#   'NAME = C(...) with C a class the program defines'.
# rule slipped: store. The library calling the subclass's append with the receiver's items is
#   not modelled (append is neither a DUCK_HOOK nor a tracked library-base hook with arguments).
import copy
import keyword


class L(list):
    def append(self, v):
        v.append('zz')


x = L([keyword.kwlist])
copy.copy(x)
print('zz' in keyword.kwlist)
