# expect: reject store
# why: the red team's round 23j ok_02 (an instance reaching the library unseen by instances.c): as ok_01 but the name pushed into sys.argv is '__builtins__.breakpoint':
# line: 30
# goal: runs `id` (serious). Run: printf '!import os; os.system("id")\nc\n' | /usr/bin/python3 ok_02.py
#   -> uid=0(root)... printed from the pdb prompt.
# mechanism: as ok_01 but the name pushed into sys.argv is '__builtins__.breakpoint':
#   loadTestsFromName walks __main__.__builtins__.breakpoint, it is callable, so it calls it ->
#   sys.breakpointhook -> pdb.set_trace() reading commands from stdin (the program's input).
#   Without stdin: 'logging.os.fork' forks a process (see ok_03).
# rule slipped: store (HANDED pool, rules/README.md sec.4 point (3)). wk_instances_escape
#   (analyzer/instances.c) proves "no instance of Row reaches the library" and so Row.get (a
#   library-duck name) does not take the pool HANDED. It scans, per def in the class body, only the
#   first parameter when it is a plain identifier; typed first parameter hides `w.writerow(self)`.
#   The dunder text '__builtins__.breakpoint' is a plain literal argument of append: not judged.
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
        d.append('__builtins__.breakpoint')
        return ''

    def send(self: object):
        w.writerow(self)


r = Row()
r.send()
logging.info('x')
unittest.main(exit=False)
