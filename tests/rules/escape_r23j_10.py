# expect: reject store
# why: the red team's round 23j ok_10 (an instance reaching the library unseen by instances.c): a base class's __init_subclass__(cls) does w.writerow(cls()).
# line: 29
# goal: mutate keyword.kwlist (lower tier); prints True.
# mechanism: a base class's __init_subclass__(cls) does w.writerow(cls()).
# rule slipped: store (HANDED pool, rules/README.md sec.4 point (3)). wk_instances_escape
#   (analyzer/instances.c) proves "no instance of Row reaches the library" and so Row.get (a
#   library-duck name) does not take the pool HANDED. It scans, per def in the class body, only the
#   first parameter when it is a plain identifier; Row's name is only in its class statement;
#   the base (which escapes) is not the class defining get.
import csv
import io
import keyword

out = io.StringIO()
w = csv.DictWriter(out, ['a'], restval=keyword.kwlist, extrasaction='ignore')


class Base:
    def __init_subclass__(cls):
        w.writerow(cls())


class Row(Base):
    def keys(self):
        return []

    def get(self, k, d):
        d.append('zz')
        return ''


print('zz' in keyword.kwlist)
