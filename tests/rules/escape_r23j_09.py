# expect: reject store
# why: the red team's round 23j ok_09 (an instance reaching the library unseen by instances.c): a class attribute's __set_name__(self, owner, name) runs at class creation and does
# line: 29
# goal: mutate keyword.kwlist (lower tier); prints True.
# mechanism: a class attribute's __set_name__(self, owner, name) runs at class creation and does
#   w.writerow(owner()).
# rule slipped: store (HANDED pool, rules/README.md sec.4 point (3)). wk_instances_escape
#   (analyzer/instances.c) proves "no instance of Row reaches the library" and so Row.get (a
#   library-duck name) does not take the pool HANDED. It scans, per def in the class body, only the
#   first parameter when it is a plain identifier; owner is the class, never named.
import csv
import io
import keyword

out = io.StringIO()
w = csv.DictWriter(out, ['a'], restval=keyword.kwlist, extrasaction='ignore')


class Hook:
    def __set_name__(self, owner, name):
        w.writerow(owner())


class Row:
    def keys(self):
        return []

    def get(self, k, d):
        d.append('zz')
        return ''

    hook = Hook()


print('zz' in keyword.kwlist)
