# expect: reject store
# why: the red team's ok_04 after the library-callback rule: bisect.insort(a, x) on a non-list calls a.insert(lo, x) by name (C _bisect uses
# line: 19
# goal: mutate keyword.kwlist; prints True.
# mechanism: bisect.insort(a, x) on a non-list calls a.insert(lo, x) by name (C _bisect uses
#   PyObject_CallMethod 'insert'); a program class with __len__ -> 0 and insert(self, i, x) gets
#   keyword.kwlist as x.
# rule slipped: store. 'insert' is not in DUCK_HOOKS (only logging/unittest names); the checker
#   never connects bisect.insort to the program's insert method, so x is a plain parameter.
import bisect
import keyword


class Seq:
    def __len__(self):
        return 0

    def insert(self, i, x):
        x.append('zz')


bisect.insort(Seq(), keyword.kwlist)
print('zz' in keyword.kwlist)
