# expect: reject store
# line: 21
# why: round 48a near_03: cls.mro()[0]() in a classmethod made an instance through a method no def names (refused by attributes.txt's mro too); a called method no def bears may hand the instance back
# NEAR MISS (refused): attribute rule refuses mro. Runtime WORKS: in a classmethod, cls.mro()[0]() makes a Row no holder/class-name scan sees; instances.c hands_receiver_back(mro, called) says 'kept' because no def is named mro.
# checker output: a9.py:21:24: attribute: attribute 'mro' is not allowed
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

    @classmethod
    def send(cls):
        w.writerow(cls.mro()[0]())


r = Row()
r.send()
logging.info('x')
unittest.main(exit=False)
