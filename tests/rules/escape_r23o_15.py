# expect: reject store
# why: the red team's round 23o ok_15: as ok_10 with the dict bound to a name first: CONV = {'x': g}; RawConfigParser(converters=CONV).
# line: 15
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_15.py (environ in the TypeError)
# mechanism: as ok_10 with the dict bound to a name first: CONV = {'x': g}; RawConfigParser(converters=CONV).
#   (converters=dict(x=g) IS refused, no_08: a keyword argument of a call is an argument higher_order_arg sees.)

import configparser
import logging
import sys
import unittest


def g(v):
    v.append('logging.os.environ')


CONV = {'x': g}
cp = configparser.RawConfigParser(converters=CONV)
cp.add_section('s')
cp.set('s', 'k', sys.argv)
cp.getx('s', 'k')
unittest.main(exit=False)
