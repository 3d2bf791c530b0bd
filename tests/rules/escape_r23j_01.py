# expect: reject store
# why: the red team's round 23j ok_01 (an instance reaching the library unseen by instances.c): csv.DictWriter(restval=sys.argv).writerow(row) calls row.get(key, restval) by name;
# line: 31
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_01.py (environ in the TypeError).
# mechanism: csv.DictWriter(restval=sys.argv).writerow(row) calls row.get(key, restval) by name;
#   Row.get appends 'logging.os.environ' to sys.argv. unittest.main() (no argv=) then reads
#   sys.argv[1:] as test names and walks them with getattr from __main__: __main__.logging.os.environ;
#   not a test -> TypeError("don't know how to make test from: %s" % environ) prints it.
# rule slipped: store (HANDED pool, rules/README.md sec.4 point (3)). wk_instances_escape
#   (analyzer/instances.c) proves "no instance of Row reaches the library" and so Row.get (a
#   library-duck name) does not take the pool HANDED. It scans, per def in the class body, only the
#   first parameter when it is a plain identifier; here send's first parameter is annotated
#   (`self: object` is a typed_parameter, first_param() returns NULL) so `w.writerow(self)` is never
#   seen; holders (r = Row(); r.send()) are only attribute objects. README says sys.argv is
#   something 'the program cannot write' (unittest.main row); this writes it.
import csv
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ['a'], restval=sys.argv, extrasaction='ignore')


class Row:
    def keys(self):
        return []

    def get(self, k, d):
        d.append('logging.os.environ')
        return ''

    def send(self: object):
        w.writerow(self)


r = Row()
r.send()
logging.info('x')
unittest.main(exit=False)
