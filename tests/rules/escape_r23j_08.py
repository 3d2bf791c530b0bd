# expect: reject store
# why: the red team's round 23j ok_08 (an instance reaching the library unseen by instances.c): a program class decorator makes the instance: deco(c): w.writerow(c()).
# line: 29
# goal: mutate keyword.kwlist (lower tier); prints True.
# mechanism: a program class decorator makes the instance: deco(c): w.writerow(c()).
# rule slipped: store (HANDED pool, rules/README.md sec.4 point (3)). wk_instances_escape
#   (analyzer/instances.c) proves "no instance of Row reaches the library" and so Row.get (a
#   library-duck name) does not take the pool HANDED. It scans, per def in the class body, only the
#   first parameter when it is a plain identifier; the decorator gets the class unnamed.
import csv
import io
import keyword

out = io.StringIO()
w = csv.DictWriter(out, ['a'], restval=keyword.kwlist, extrasaction='ignore')


def deco(c):
    w.writerow(c())
    return c


@deco
class Row:
    def keys(self):
        return []

    def get(self, k, d):
        d.append('zz')
        return ''


print('zz' in keyword.kwlist)
