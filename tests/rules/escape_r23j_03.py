# expect: reject store
# why: the red team's round 23j ok_03 (an instance reaching the library unseen by instances.c): as ok_01 with 'logging.os.fork' pushed into sys.argv; unittest's loader calls it.
# line: 26
# goal: runs a process (os.fork) without any input. Run: /usr/bin/python3 ok_03.py -> two
#   TypeErrors 'calling <built-in function fork> returned <pid>/0'.
# mechanism: as ok_01 with 'logging.os.fork' pushed into sys.argv; unittest's loader calls it.
# rule slipped: store (HANDED pool, rules/README.md sec.4 point (3)). wk_instances_escape
#   (analyzer/instances.c) proves "no instance of Row reaches the library" and so Row.get (a
#   library-duck name) does not take the pool HANDED. It scans, per def in the class body, only the
#   first parameter when it is a plain identifier; typed first parameter of send.
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
        d.append('logging.os.fork')
        return ''

    def send(self: object):
        w.writerow(self)


r = Row()
r.send()
logging.info('x')
unittest.main(exit=False)
