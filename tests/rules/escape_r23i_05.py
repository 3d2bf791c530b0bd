# expect: reject store
# why: the red team's ok_05 after the library-callback rule: csv.DictWriter(f, fieldnames, restval=keyword.kwlist) keeps restval; writerow(row)
# line: 20
# goal: mutate keyword.kwlist; prints True.
# mechanism: csv.DictWriter(f, fieldnames, restval=keyword.kwlist) keeps restval; writerow(row)
#   calls row.keys() and row.get(key, self.restval) by name on the object it is handed, so a
#   program class's get(self, k, d) receives what ANOTHER call (the constructor) handed the library.
# rule slipped: store. 'get'/'keys' are not DUCK_HOOKS; writerow is in may_call_back's inert list
#   anyway and Row() is no function. Exactly the 'duck-typed hook missing from DUCK_HOOKS' case.
import csv
import io
import keyword


class Row:
    def keys(self):
        return {}.keys()

    def get(self, k, d):
        d.append('zz')
        return ''


w = csv.DictWriter(io.StringIO(), fieldnames=['a'], restval=keyword.kwlist)
w.writerow(Row())
print('zz' in keyword.kwlist)
