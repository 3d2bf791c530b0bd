# expect: reject store
# why: the red team's round 23j ok_07 (an instance reaching the library unseen by instances.c): as ok_05, send(self=None) (default_parameter) hands self to writerow.
# line: 23
# goal: mutate keyword.kwlist (lower tier); prints True.
# mechanism: as ok_05, send(self=None) (default_parameter) hands self to writerow.
# rule slipped: store (HANDED pool, rules/README.md sec.4 point (3)). wk_instances_escape
#   (analyzer/instances.c) proves "no instance of Row reaches the library" and so Row.get (a
#   library-duck name) does not take the pool HANDED. It scans, per def in the class body, only the
#   first parameter when it is a plain identifier; a default_parameter is not an identifier -> first_param NULL.
import csv
import io
import keyword

out = io.StringIO()
w = csv.DictWriter(out, ['a'], restval=keyword.kwlist, extrasaction='ignore')


class Row:
    def keys(self):
        return []

    def get(self, k, d):
        d.append('zz')
        return ''

    def send(self=None):
        w.writerow(self)


r = Row()
r.send()
print('zz' in keyword.kwlist)
