# expect: reject store
# why: the red team's ok_16 after the library-callback rule: the ordinary @property / @x.setter idiom: d.x = keyword.kwlist runs the setter with
# line: 21
# goal: mutate keyword.kwlist; prints True.
# mechanism: the ordinary @property / @x.setter idiom: d.x = keyword.kwlist runs the setter with
#   v = keyword.kwlist, which appends to it.
# rule slipped: store. The setter's value parameter is fed by attribute stores 'obj.x = v', which
#   the store rule never connects to a setter def (it treats d.x = ... as a store into the program's
#   own object D()). The decorated setter escapes, but its params take only escaping returns
#   (property/.setter judged args-only). Same root as ok_11/ok_12 (property(fget, fset)).
import keyword


class D:
    @property
    def x(self):
        return None

    @x.setter
    def x(self, v):
        v.append('zz')


d = D()
d.x = keyword.kwlist
print('zz' in keyword.kwlist)
