# expect: reject store
# why: the red team's round 23j ok_05 (an instance reaching the library unseen by instances.c): csv.DictWriter(restval=keyword.kwlist).writerow(self) from a LAMBDA bound in the class
# line: 25
# goal: mutate keyword.kwlist (lower tier); prints True.
# mechanism: csv.DictWriter(restval=keyword.kwlist).writerow(self) from a LAMBDA bound in the class
#   body (send = lambda s: w.writerow(s)); writerow calls Row.get(k, restval).
# rule slipped: store (HANDED pool, rules/README.md sec.4 point (3)). wk_instances_escape
#   (analyzer/instances.c) proves "no instance of Row reaches the library" and so Row.get (a
#   library-duck name) does not take the pool HANDED. It scans, per def in the class body, only the
#   first parameter when it is a plain identifier; the scan only looks at function_definition
#   statements, so a lambda (or any non-def binding) in the class body taking self is unscanned.
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

    send = lambda s: w.writerow(s)


r = Row()
r.send()
print('zz' in keyword.kwlist)
