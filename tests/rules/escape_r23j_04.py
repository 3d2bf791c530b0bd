# expect: reject store
# why: the red team's round 23j ok_04 (an instance reaching the library unseen by instances.c): as ok_01, the instance made by a program CLASS DECORATOR: deco(c) calls w.writerow(c()).
# line: 33
# goal: prints os.environ (serious), as ok_01.
# mechanism: as ok_01, the instance made by a program CLASS DECORATOR: deco(c) calls w.writerow(c()).
# rule slipped: store (HANDED pool, rules/README.md sec.4 point (3)). wk_instances_escape
#   (analyzer/instances.c) proves "no instance of Row reaches the library" and so Row.get (a
#   library-duck name) does not take the pool HANDED. It scans, per def in the class body, only the
#   first parameter when it is a plain identifier; the class name Row is never written
#   except in its own class statement (class_name_use ignores it), and the decorator receives the
#   class without naming it, so c() is an instance instances.c never sees.
import csv
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ['a'], restval=sys.argv, extrasaction='ignore')


def deco(c):
    w.writerow(c())
    return c


@deco
class Row:
    def keys(self):
        return []

    def get(self, k, d):
        d.append('logging.os.environ')
        return ''


logging.info('x')
unittest.main(exit=False)
